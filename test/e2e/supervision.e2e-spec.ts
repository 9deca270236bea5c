import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import type { CreatedApiKey } from '@app/contracts';
import request from 'supertest';
import { bearer, seedKey } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_REDIS_URL } from '../support/env';
import { freePort, uniqueQueuePrefix } from '../support/redis';
import { waitFor } from '../support/wait';
import { person } from './scorer-harness';

jest.setTimeout(180000);

const ROOT = join(__dirname, '..', '..');

/**
 * `npm start` supervises its apps: a scorer killed with SIGKILL in the middle of its work is restarted
 * (the launcher says so and the stack keeps running), and every change made before, during and after
 * the crash reaches its ranking.
 */
describe('npm start restarts a crashed app and loses nothing', () => {
  let db: TestDatabase;
  let child: ChildProcessWithoutNullStreams;
  let out = '';
  const ports: Record<string, number> = {};
  let caseManager: CreatedApiKey;

  beforeAll(async () => {
    db = await createTestDatabase('supervision');
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, DATABASE_URL: db.url, REDIS_URL: TEST_REDIS_URL, QUEUE_PREFIX: uniqueQueuePrefix('supervision'), LOG_LEVEL: 'warn' };
    for (const name of ['PROFILE_SERVICE_PORT', 'VACANCY_SERVICE_PORT', 'SCORER_PORT']) env[name] = String((ports[name] = await freePort()));
    child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'paths.js'), join(ROOT, 'dist', 'scripts', 'start.js')], { env });
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    await waitFor('the stack ready', async () => out.includes('press Ctrl+C to stop') || child.exitCode !== null, 90000);
    expect(out).toContain('press Ctrl+C to stop');
    caseManager = await seedKey(db.dataSource, 'case_manager', 'ngo', 'NGO');
  }, 120000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await db?.drop();
  });

  const ps = () => request(`http://127.0.0.1:${ports.PROFILE_SERVICE_PORT}`);
  const scorerPid = (): number => {
    const pids = execFileSync('pgrep', ['-P', String(child.pid)]).toString().trim().split('\n').map(Number);
    const pid = pids.find((p) => execFileSync('cat', [`/proc/${p}/cmdline`]).toString().includes('apps/scorer/src/main.js'));
    if (!pid) throw new Error('no scorer process');
    return pid;
  };
  const createProfile = async (i: number): Promise<string> => {
    const res = await ps().post('/profiles').set(bearer(caseManager)).send(person({ personal: { displayName: `Persona ${i}` } }));
    expect(res.status).toBe(201);
    return res.body.id;
  };

  it('a SIGKILLed scorer is restarted, and every profile written around the crash is ranked', async () => {
    const first = scorerPid();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await createProfile(i));
    process.kill(first, 'SIGKILL'); // mid-work: the ten profiles' events are being relayed and ranked
    for (let i = 10; i < 20; i++) ids.push(await createProfile(i)); // written while the scorer is down
    await waitFor('the launcher restarts the scorer', async () => /scorer stopped \(SIGKILL\); restarting it/.test(out), 30000);
    expect(child.exitCode).toBeNull();
    await waitFor('a new scorer process', async () => {
      try {
        return scorerPid() !== first;
      } catch {
        return false;
      }
    }, 30000);
    await waitFor('every profile ranked at its version', async () => {
      const rows: Array<{ n: number }> = await db.dataSource.query(
        `SELECT count(*)::int AS n FROM match_results r JOIN profiles p ON p.id = r.profile_id AND r.profile_version = p.version WHERE p.id = ANY($1::uuid[])`,
        [ids],
      );
      return rows[0].n === ids.length;
    }, 90000);
    const health = await fetch(`http://127.0.0.1:${ports.SCORER_PORT}/health/ready`);
    expect(health.status).toBe(200);
    expect(out).not.toContain('stopping the stack');
  });
});
