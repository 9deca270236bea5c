import { appendFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';

/**
 * The BullMQ key prefixes a test run made up (one per test file, see uniqueQueuePrefix), logged to a
 * file the global teardown reads to delete their keys: the Redis the tests share outlives the run (on CI
 * machines too), and every file's queues used to stay behind (~4,500 keys a run).
 */
const LOG_ENV = 'MM_TEST_QUEUE_PREFIX_LOG';

/** Global setup: a fresh log for this run (workers inherit the environment). */
export function startPrefixLog(): void {
  const file = join(tmpdir(), `mm-test-queue-prefixes-${process.pid}.log`);
  writeFileSync(file, '');
  process.env[LOG_ENV] = file;
}

export function recordPrefix(prefix: string): void {
  const file = process.env[LOG_ENV];
  if (file) appendFileSync(file, `${prefix}\n`);
}

/** Global teardown: delete every key under the logged prefixes, then the log. */
export async function deleteLoggedPrefixes(redisUrl: string): Promise<number> {
  const file = process.env[LOG_ENV];
  if (!file || !existsSync(file)) return 0;
  const prefixes = [...new Set(readFileSync(file, 'utf8').split('\n').filter((p) => p.length > 0))];
  const redis = new IORedis(redisUrl, { maxRetriesPerRequest: 1, lazyConnect: true });
  let deleted = 0;
  try {
    await redis.connect();
    for (const prefix of prefixes) {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
        cursor = next;
        if (keys.length > 0) deleted += await redis.unlink(...keys);
      } while (cursor !== '0');
    }
  } finally {
    redis.disconnect();
    rmSync(file, { force: true });
  }
  return deleted;
}
