import { Redis } from 'ioredis';
import { Client } from 'pg';
import { redactUrl, redisOptionsFromUrl } from './redis-options';

/**
 * Checked once at start-up so that a wrong URL gives one clear line instead of a stream of reconnect
 * errors. Returns the problem as text, or null when both answer.
 */
export async function checkPostgres(url: string, timeoutMs = 3000): Promise<string | null> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    return `Cannot reach PostgreSQL at ${redactUrl(url)} (DATABASE_URL): ${describe(err)}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(url: string, timeoutMs = 3000): Promise<string | null> {
  const client = new Redis({ ...redisOptionsFromUrl(url), lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  // ioredis reports the socket error as an 'error' event and rejects connect() with a generic
  // "Connection is closed"; keep the first socket error, it says what went wrong.
  let socketError: unknown = null;
  client.on('error', (err) => (socketError ??= err));
  try {
    await client.connect();
    const pong = await client.ping();
    return pong === 'PONG' ? null : `Redis at ${redactUrl(url)} (REDIS_URL) answered ${pong} to PING`;
  } catch (err) {
    return `Cannot reach Redis at ${redactUrl(url)} (REDIS_URL): ${describe(socketError ?? err)}`;
  } finally {
    client.disconnect();
  }
}

export async function exitUnlessReachable(urls: { DATABASE_URL: string; REDIS_URL: string }): Promise<void> {
  const problems = (await Promise.all([checkPostgres(urls.DATABASE_URL), checkRedis(urls.REDIS_URL)])).filter((p): p is string => p !== null);
  if (problems.length) {
    process.stderr.write(problems.join('\n') + '\n');
    process.exit(69); // EX_UNAVAILABLE
  }
}

function describe(err: unknown): string {
  if (err instanceof AggregateError && err.errors.length) return describe(err.errors[0]);
  if (err instanceof Error) return (err as NodeJS.ErrnoException).code ? `${(err as NodeJS.ErrnoException).code} ${err.message}`.trim() : err.message;
  return String(err);
}
