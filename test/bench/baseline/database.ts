/**
 * The baseline's own database: created on the server named by BENCH_DATABASE_URL (else DATABASE_URL,
 * else the local default) with a random name, dropped at the end. No migrations: the baseline is the
 * table a team would build for this one query, not the service's schema.
 */
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export const BENCH_SERVER_URL = process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface BenchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function admin<T>(run: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: withDatabase(BENCH_SERVER_URL, 'postgres') });
  await c.connect();
  try {
    return await run(c);
  } finally {
    await c.end();
  }
}

export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `bench_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return {
    url: withDatabase(BENCH_SERVER_URL, name),
    name,
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
