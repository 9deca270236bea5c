import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, uniqueQueuePrefix } from '../support/redis';

const ROOT = join(__dirname, '..', '..');

/**
 * `npm start` on the embedded defaults, as a newcomer runs it: no DATABASE_URL, no REDIS_URL. It must bring
 * up a real PostgreSQL and a private redis-server, migrate, print a local admin key and one URL per
 * service, serve the health endpoints, and stop everything on SIGTERM.
 */
describe('npm start on the embedded defaults', () => {
  let child: ChildProcessWithoutNullStreams;
  let output = '';
  let dataDir: string;
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'start-e2e-'));
    chmodSync(dataDir, 0o755); // the embedded cluster runs as the postgres user when we are root
    for (const name of ['PROFILE_SERVICE_PORT', 'VACANCY_SERVICE_PORT', 'SCORER_PORT', 'CONSOLE_PORT', 'EMBEDDED_PG_PORT', 'PRIVATE_REDIS_PORT']) ports[name] = await freePort();
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    for (const [k, v] of Object.entries(ports)) env[k] = String(v);
    child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'paths.js'), join(ROOT, 'dist', 'scripts', 'start.js')], { env });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const deadline = Date.now() + 90000;
    while (!output.includes('press Ctrl+C to stop') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
  }, 120000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints one URL per service and every health endpoint is ready', async () => {
    expect(output).toContain('embedded PostgreSQL');
    expect(output).toContain('private redis-server');
    for (const [name, port] of [['profile-service', ports.PROFILE_SERVICE_PORT], ['vacancy-service', ports.VACANCY_SERVICE_PORT], ['scorer', ports.SCORER_PORT]] as const) {
      expect(output).toMatch(new RegExp(`${name}\\s+http://127\\.0\\.0\\.1:${port}`));
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      expect(res.status).toBe(200);
    }
  });

  it('serves the console at the URL it prints, with the API behind it on the same origin', async () => {
    expect(output).toMatch(new RegExp(`console\\s+http://127\\.0\\.0\\.1:${ports.CONSOLE_PORT}/`));
    const page = await fetch(`http://127.0.0.1:${ports.CONSOLE_PORT}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`http://127.0.0.1:${ports.CONSOLE_PORT}/api/vacancy/health/ready`)).status).toBe(200);
  });

  it('prints a working local admin key once', async () => {
    // The admin key follows its heading; the demo data set prints its own keys (one per organisation) later.
    const keys = output.match(/Local admin API key[^\n]*\n\s*(mk_[0-9a-f]{12}_[A-Za-z0-9_-]{43})/g) ?? [];
    expect(keys).toHaveLength(1);
    const key = /mk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}/.exec(keys[0]!)![0];
    const res = await fetch(`http://127.0.0.1:${ports.VACANCY_SERVICE_PORT}/me`, { headers: { Authorization: `Bearer ${key}` } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: 'admin' });
  });

  it('stops the apps, Redis and PostgreSQL on SIGTERM', async () => {
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    await expect(fetch(`http://127.0.0.1:${ports.PROFILE_SERVICE_PORT}/health/live`)).rejects.toThrow();
    const pg = await import('pg');
    const client = new pg.Client({ host: '127.0.0.1', port: ports.EMBEDDED_PG_PORT, user: 'postgres', password: 'x', connectionTimeoutMillis: 1000 });
    await expect(client.connect()).rejects.toThrow();
  });
});

describe('npm start with DATABASE_URL and REDIS_URL set', () => {
  it('uses them, migrates, and never creates a local admin key on a configured database', async () => {
    const { createTestDatabase } = await import('../support/database');
    const { TEST_REDIS_URL } = await import('../support/env');
    const db = await createTestDatabase('startcfg');
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: uniqueQueuePrefix('startcfg'), LOG_LEVEL: 'warn' };
    for (const name of ['PROFILE_SERVICE_PORT', 'VACANCY_SERVICE_PORT', 'SCORER_PORT', 'CONSOLE_PORT']) env[name] = String(await freePort());
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'paths.js'), join(ROOT, 'dist', 'scripts', 'start.js')], { env });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const deadline = Date.now() + 60000;
    while (!out.includes('press Ctrl+C to stop') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 200));
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM api_keys`);
    await db.drop();
    expect(out).toContain('press Ctrl+C to stop');
    expect(out).not.toContain('embedded PostgreSQL');
    expect(out).not.toContain('private redis-server');
    expect(out).not.toMatch(/mk_[0-9a-f]{12}_/);
    expect(n).toBe(0);
  });
});
