import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  poolSize?: number;
  /** Name shown in pg_stat_activity, to tell the apps apart. */
  applicationName?: string;
}

/**
 * The one DataSource definition, used by the apps (through PersistenceModule), by `npm run migrate`,
 * by the TypeORM CLI (data-source.cli.ts) and by tests. Schema changes go through migrations only.
 */
export function createDataSource(url: string, opts: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: { max: opts.poolSize ?? 10, application_name: opts.applicationName ?? 'matching' },
  });
}

/** Apply every pending migration, each in its own transaction; returns the names applied. */
export async function runMigrations(url: string): Promise<string[]> {
  const ds = createDataSource(url, { poolSize: 1, applicationName: 'migrate' });
  await ds.initialize();
  try {
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}
