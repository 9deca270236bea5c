import { randomBytes } from 'node:crypto';
import { createDataSource, runMigrations } from '@app/persistence';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { TEST_DATABASE_SERVER_URL } from './env';

export interface TestDatabase {
  url: string;
  name: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

function withDatabase(serverUrl: string, database: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh database per test file (created on the server named by DATABASE_URL, migrated with the real
 * migrations), so test files never see each other's rows and can run in parallel.
 */
export async function createTestDatabase(label = 'test'): Promise<TestDatabase> {
  const name = `t_${label.replace(/[^a-z0-9]/gi, '').slice(0, 20).toLowerCase()}_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(TEST_DATABASE_SERVER_URL, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(TEST_DATABASE_SERVER_URL, name);
  await runMigrations(url);
  const dataSource = await createDataSource(url, { poolSize: 5, applicationName: 'jest' }).initialize();
  return {
    url,
    name,
    dataSource,
    drop: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      const c = new Client({ connectionString: withDatabase(TEST_DATABASE_SERVER_URL, 'postgres') });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
