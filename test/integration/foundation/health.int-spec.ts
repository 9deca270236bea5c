import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { ScorerModule } from '../../../apps/scorer/src/scorer.module';
import { createTestApp, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { DisposableRedis } from '../../support/redis';

describe('readiness follows PostgreSQL and Redis (scorer app, with its worker and relay running)', () => {
  let db: TestDatabase;
  let redis: DisposableRedis;
  let app: INestApplication;

  beforeAll(async () => {
    db = await createTestDatabase('health');
    redis = await DisposableRedis.start(mkdtempSync(join(tmpdir(), 'health-redis-')));
    app = await createTestApp(ScorerModule.forRoot(testConfig(db.url, { REDIS_URL: redis.url })), testConfig(db.url));
  });

  afterAll(async () => {
    await app?.close();
    await redis?.down();
    await db?.drop();
  });

  it('is live and ready while both answer', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
    const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
    expect(res.body).toEqual({ status: 'ready', checks: { postgres: { ok: true }, redis: { ok: true } } });
  });

  it('turns not-ready (503) when Redis stops, stays live, and recovers when Redis is back', async () => {
    await redis.down();
    const down = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(down.body.status).toBe('not_ready');
    expect(down.body.checks.redis.ok).toBe(false);
    expect(down.body.checks.postgres.ok).toBe(true);
    await request(app.getHttpServer()).get('/health/live').expect(200);

    await redis.up();
    const deadline = Date.now() + 10000;
    let status = 503;
    while (status !== 200 && Date.now() < deadline) {
      status = (await request(app.getHttpServer()).get('/health/ready')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });
});
