// npm start: the whole stack on one machine.
// - DATABASE_URL unset: an embedded real PostgreSQL under .data/ (first start also prints a local admin key).
// - REDIS_URL unset: redis-server from the PATH on a private port, or a message saying how to get one.
// - Applies migrations, loads the demo taxonomy into an empty store and, on the embedded database's first
//   start, the demo data set (DEMO_DATA=off skips it), starts profile-service, vacancy-service and scorer,
//   serves the console (scripts/lib/console-server.ts) and prints one URL per service.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createDataSource, runMigrations } from '@app/persistence';
import { checkPostgres, checkRedis, loadConfig, ConfigError } from '@app/platform';
import { startEmbeddedPostgres } from './lib/embedded-postgres';
import { createFirstAdmin, hasAdminKey } from './lib/first-admin';
import { findRedisServer, REDIS_INSTALL_HINT, startPrivateRedis } from './lib/private-redis';
import { APPS } from './lib/apps';
import { importDemoTaxonomyIfEmpty } from './lib/taxonomy-demo';
import { cliArgs } from './lib/cli-args';
import { RestartPolicy } from './lib/restart-policy';
import { loadDemoOnFirstStart } from './lib/demo-data/first-start';
import { startConsoleServer } from './lib/console-server';


const ROOT = resolve(__dirname, '..', '..');
const DATA_DIR = process.env.DATA_DIR || join(ROOT, '.data');
const say = (line: string) => process.stdout.write(`[start] ${line}\n`);
const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(1);
};

const cleanups: Array<() => Promise<void>> = [];
/** The running process of each app (replaced when the app is restarted). */
const children = new Map<string, ChildProcess>();
let stopping = false;

async function main(): Promise<void> {
  cliArgs({
    usage: 'npm start',
    description: 'Builds, then starts an embedded PostgreSQL (unless DATABASE_URL is set) and a private Redis (unless REDIS_URL is set),\napplies migrations, loads the demo data on a fresh embedded database (DEMO_DATA=off: empty) and starts the three apps.',
    options: {},
    help: {},
  });
  const env: NodeJS.ProcessEnv = { ...process.env };
  const embedded = !env.DATABASE_URL;

  if (embedded) {
    const port = Number(env.EMBEDDED_PG_PORT || 54329);
    const db = await startEmbeddedPostgres(DATA_DIR, port, say).catch((e: unknown) => fail(`Could not start the embedded PostgreSQL: ${errorText(e)}`));
    cleanups.push(db.stop);
    env.DATABASE_URL = db.url;
    say(`embedded PostgreSQL on 127.0.0.1:${port} (data in ${join(DATA_DIR, 'postgres')})`);
  }

  if (!env.REDIS_URL) {
    const binary = findRedisServer();
    if (!binary) fail(REDIS_INSTALL_HINT);
    const port = Number(env.PRIVATE_REDIS_PORT || 56379);
    const redis = await startPrivateRedis(binary!, port, DATA_DIR).catch((e: unknown) => fail(`Could not start redis-server: ${errorText(e)}`));
    cleanups.push(redis.stop);
    env.REDIS_URL = redis.url;
    say(`private redis-server on 127.0.0.1:${port}`);
  }

  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message);
    throw e;
  }
  for (const problem of await Promise.all([checkPostgres(env.DATABASE_URL!), checkRedis(env.REDIS_URL!)])) {
    if (problem) fail(problem);
  }

  const applied = await runMigrations(env.DATABASE_URL!);
  say(applied.length ? `applied ${applied.length} migration(s)` : 'database schema is up to date');
  const taxonomyLoaded = await importDemoTaxonomyIfEmpty(env.DATABASE_URL!);
  if (taxonomyLoaded) say(taxonomyLoaded);

  if (embedded) await printLocalAdminKeyOnFirstStart(env.DATABASE_URL!);
  if (embedded) await loadDemoOnFirstStart(env.DATABASE_URL!, say);

  for (const app of APPS) supervise(app, { ...env, PORT: env[app.portVariable] || String(app.defaultPort) });

  const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : '127.0.0.1';
  const urls = APPS.map((app) => ({ app, url: `http://${host}:${env[app.portVariable] || app.defaultPort}` }));
  await Promise.all(urls.map(({ url }) => waitReady(url)));
  say('ready:');
  for (const { app, url } of urls) process.stdout.write(`  ${app.name.padEnd(16)} ${url}   (health: ${url}/health/ready${app.docs ? `, API docs: ${url}/docs` : ''})\n`);
  const consoleServer = await startConsoleServer({
    root: join(ROOT, 'dist', 'console'),
    profileUrl: urls.find((u) => u.app.name === 'profile-service')!.url,
    vacancyUrl: urls.find((u) => u.app.name === 'vacancy-service')!.url,
    host: env.HOST || '127.0.0.1',
    port: Number(env.CONSOLE_PORT || 3000),
  }).catch((e) => fail(`the console could not listen on port ${env.CONSOLE_PORT || 3000} (${errorText(e)}); set CONSOLE_PORT`));
  cleanups.push(() => consoleServer.close());
  process.stdout.write(`  ${'console'.padEnd(16)} ${consoleServer.url}/   (sign in with one of the keys above)\n`);
  say('press Ctrl+C to stop');
}

/**
 * Runs one app and restarts it when it exits unexpectedly (a crash, an OOM kill, SIGKILL), with back-off;
 * a crash loop stops the stack (RestartPolicy). Work is never lost by a restart: writes commit with their
 * outbox rows, jobs are idempotent and a job cut off is picked up again as stalled.
 */
function supervise(app: (typeof APPS)[number], env: NodeJS.ProcessEnv): void {
  const policy = new RestartPolicy();
  const launch = (): void => {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'paths.js'), join(ROOT, 'dist', app.entry)], { env, stdio: ['ignore', 'inherit', 'inherit'] });
    policy.started(Date.now());
    children.set(app.name, child);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ?? `exit code ${code}`;
      const decision = policy.crashed(Date.now());
      if (decision.action === 'give_up') {
        process.stderr.write(`[start] ${app.name} stopped (${how}): ${decision.crashes} crashes within ${decision.windowMs / 1000} s, a crash loop; stopping the stack\n`);
        void shutdown(1);
        return;
      }
      process.stderr.write(`[start] ${app.name} stopped (${how}); restarting it${decision.delayMs ? ` in ${decision.delayMs / 1000} s` : ''} (restart ${decision.attempt})\n`);
      setTimeout(() => {
        if (!stopping) launch();
      }, decision.delayMs);
    });
  };
  launch();
}

async function printLocalAdminKeyOnFirstStart(url: string): Promise<void> {
  const ds = await createDataSource(url, { poolSize: 1, applicationName: 'start' }).initialize();
  try {
    if (await hasAdminKey(ds)) return;
    const { key } = await createFirstAdmin(ds, 'Local administration', 'local admin key (npm start)');
    process.stdout.write(
      `\n  Local admin API key (shown once; stored hashed; new keys: POST /api-keys on the vacancy service):\n  ${key}\n\n` +
        `  try: curl -H "Authorization: Bearer ${key}" http://127.0.0.1:${process.env.VACANCY_SERVICE_PORT || 3002}/me\n\n`,
    );
  } finally {
    await ds.destroy();
  }
}

async function waitReady(url: string, timeoutMs = 60000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(`${url}/health/ready`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!stopping) fail(`${url} did not become ready within ${timeoutMs / 1000} s`);
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    [...children.values()].map(
      (c) =>
        new Promise<void>((res) => {
          if (c.exitCode !== null || c.signalCode !== null) return res();
          c.once('exit', () => res());
          c.kill('SIGTERM');
        }),
    ),
  );
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
main().catch(async (err) => {
  process.stderr.write(`[start] ${err instanceof Error ? err.message : String(err)}\n`);
  await shutdown(1);
});
