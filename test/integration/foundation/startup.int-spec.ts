import { apiKeyMatches } from '@app/platform';
import { createTestDatabase } from '../../support/database';
import { TEST_DATABASE_SERVER_URL, TEST_REDIS_URL } from '../../support/env';
import { freePort } from '../../support/redis';
import { runCompiled } from '../../support/run-compiled';


const run = runCompiled;

describe('start-up configuration checks (real processes)', () => {
  it('stops with one line naming a missing variable', async () => {
    const r = await run('apps/profile-service/src/main.js', { REDIS_URL: TEST_REDIS_URL });
    expect(r.code).toBe(78);
    expect(r.stderr.trim()).toBe('Invalid configuration: DATABASE_URL is required but not set');
  });

  it('stops with one line naming a malformed variable', async () => {
    const r = await run('apps/scorer/src/main.js', { DATABASE_URL: TEST_DATABASE_SERVER_URL, REDIS_URL: 'localhost:6379' });
    expect(r.code).toBe(78);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^Invalid configuration: REDIS_URL must be a redis:\/\//);
  });

  it('stops with one clear error when REDIS_URL points nowhere', async () => {
    const port = await freePort();
    const r = await run('apps/vacancy-service/src/main.js', { DATABASE_URL: TEST_DATABASE_SERVER_URL, REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(r.code).toBe(69);
    expect(r.stderr.trim()).toMatch(new RegExp(`^Cannot reach Redis at redis://127\\.0\\.0\\.1:${port}/? \\(REDIS_URL\\): ECONNREFUSED`));
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('npm start without REDIS_URL and without redis-server says how to get one', async () => {
    const r = await run('scripts/start.js', { DATABASE_URL: TEST_DATABASE_SERVER_URL, PATH: '/nonexistent' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('REDIS_URL is not set and no redis-server was found on the PATH');
    expect(r.stderr).toContain('apt-get install redis-server');
  });

  it('npm start with a wrong REDIS_URL gives one clear error', async () => {
    const port = await freePort();
    const r = await run('scripts/start.js', { DATABASE_URL: TEST_DATABASE_SERVER_URL, REDIS_URL: `redis://127.0.0.1:${port}` });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Cannot reach Redis at .* \(REDIS_URL\): ECONNREFUSED/);
  });

  it('bootstrap:admin creates an admin key, prints it once and stores only its hash', async () => {
    const db = await createTestDatabase('bootstrap');
    try {
      const r = await run('scripts/bootstrap-admin.js', { DATABASE_URL: db.url }, 30000);
      expect(r.code).toBe(0);
      const keys = r.stdout.match(/mk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}/g) ?? [];
      expect(keys).toHaveLength(1);
      const rows = await db.dataSource.query(`SELECT k.role, k.hash, o.kind FROM api_keys k JOIN organisations o ON o.id = k.organisation_id`);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ role: 'admin', kind: 'platform' });
      expect(apiKeyMatches(keys[0]!, rows[0].hash)).toBe(true);
      expect(JSON.stringify(rows)).not.toContain(keys[0]);
    } finally {
      await db.drop();
    }
  });
});
