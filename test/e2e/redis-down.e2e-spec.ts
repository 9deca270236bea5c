import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findRedisServer, startPrivateRedis, type PrivateRedis } from '../../scripts/lib/private-redis';
import { freePort } from '../support/redis';
import { allowWork, bearer, createProfile, startWorld, waitFor, type World } from './scorer-harness';

jest.setTimeout(180000);

/**
 * Degraded mode: with Redis (the queues) unreachable, writes keep landing (outbox), a read answers in
 * bounded time from what is stored, marked stale with the version it was computed at, readiness names
 * Redis, /metrics still answers (without queue figures); once Redis is back the change reaches the ranking.
 */
describe('Redis down', () => {
  let w: World;
  let redis: PrivateRedis;
  let port: number;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'redis-down-'));
    port = await freePort();
    redis = await startPrivateRedis(findRedisServer()!, port, dir);
    w = await startWorld('redisdown', {}, redis.url);
  }, 120000);
  afterAll(async () => {
    await w?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads answer stale in bounded time, writes land, readiness says redis; nothing is lost once it is back', async () => {
    const p = await createProfile(w);
    await allowWork(w, p.id);
    const fresh = await waitFor('ranked', async () => {
      const r = await w.ps().get(`/profiles/${p.id}/recommendations`).set(bearer(w.caseManager));
      return r.status === 200 ? r.body : null;
    });
    expect(fresh.stale).toBe(false);

    await redis.stop();
    const patch = await w.ps().patch(`/profiles/${p.id}`).set(bearer(w.caseManager)).send({ transport: { modes: ['walk'], maxCommuteMinutes: 30, canUseTransportAllowance: false } });
    expect(patch.status).toBe(200);
    const version = patch.body.version;
    const [{ n }] = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`);
    expect(n).toBeGreaterThan(0);

    const started = Date.now();
    const stale = await w.ps().get(`/profiles/${p.id}/recommendations`).set(bearer(w.caseManager));
    const ms = Date.now() - started;
    expect(stale.status).toBe(200);
    expect(stale.body.stale).toBe(true);
    expect(stale.body.profileVersion).toBeLessThan(version);
    expect(ms).toBeLessThan(5000); // bounded: the 2 s wait plus the reach margin
    const ready = await w.ps().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.redis.ok).toBe(false);
    expect(ready.body.checks.postgres.ok).toBe(true);
    // Computed on request, nothing stored answers it: 503 in the envelope, not a hang.
    const excluded = await w.ps().get(`/profiles/${p.id}/recommendations?excluded=true`).set(bearer(w.caseManager));
    expect(excluded.status).toBe(503);
    expect(excluded.body.error.code).toBe('ranking_unavailable');
    // /metrics answers in bounded time too: no queue figures (unknown, not stale ones), the outbox lag still.
    const scrapeStarted = Date.now();
    const metrics = await w.ps().get('/metrics');
    expect(metrics.status).toBe(200);
    expect(Date.now() - scrapeStarted).toBeLessThan(3000);
    expect(metrics.text).not.toMatch(/^queue_jobs\{/m);
    expect(metrics.text).toMatch(new RegExp(`^outbox_unsent ${n}$`, 'm'));

    redis = await startPrivateRedis(findRedisServer()!, port, dir);
    const back = await waitFor('the change ranked once Redis is back', async () => {
      const r = await w.ps().get(`/profiles/${p.id}/recommendations`).set(bearer(w.caseManager));
      return r.status === 200 && r.body.profileVersion === version && !r.body.stale ? r.body : null;
    }, 90000);
    expect(back.stale).toBe(false);
  });
});
