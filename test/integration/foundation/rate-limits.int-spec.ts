import type { INestApplication } from '@nestjs/common';
import type { CreatedApiKey } from '@app/contracts';
import request from 'supertest';
import { ProfileServiceModule } from '../../../apps/profile-service/src/profile-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/** Rate limits (shared through Redis), per key and per address, stricter on costly calls; CORS only for configured origins. */
describe('rate limits and CORS', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let a: CreatedApiKey;
  let b: CreatedApiKey;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase('ratelimits');
    const config = testConfig(db.url, { THROTTLE_PER_MINUTE: '8', THROTTLE_STRICT_PER_MINUTE: '2', AUTH_FAILURES_PER_MINUTE: '5', CORS_ORIGINS: 'http://console.example:5173' });
    app = await createTestApp(ProfileServiceModule.forRoot(config), config);
    a = await seedKey(db.dataSource, 'case_manager', 'ngo', 'A');
    b = await seedKey(db.dataSource, 'case_manager', 'ngo', 'B');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('a key past its minute gets 429 in the envelope with Retry-After; another key is not affected', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await http().get('/profiles?limit=1').set(bearer(a))).status);
    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(200));
    expect(statuses.slice(8)).toEqual([429, 429]);
    const refused = await http().get('/profiles?limit=1').set(bearer(a));
    expect(refused.body).toEqual({ error: { code: 'too_many_requests', message: expect.any(String), details: [], requestId: refused.headers['x-request-id'] } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await http().get('/profiles?limit=1').set(bearer(b))).status).toBe(200);
  });

  it('costly calls have a stricter limit of their own', async () => {
    const k = await seedKey(db.dataSource, 'case_manager', 'ngo', 'C');
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await http().post('/match-requests').set(bearer(k)).send({})).status);
    expect(statuses).toEqual([400, 400, 429]); // counted before validation: a bad body costs a call too
    expect((await http().get('/profiles?limit=1').set(bearer(k))).status).toBe(200);
  });

  it('an address that keeps failing authentication is refused with 429, even with a good key afterwards', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await http().get('/me').set('Authorization', `Bearer mk_${String(i).padStart(12, '0')}_${'x'.repeat(43)}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    const good = await seedKey(db.dataSource, 'case_manager', 'ngo', 'D');
    expect((await http().get('/me').set(bearer(good))).status).toBe(429);
  });

  it('behind the console server (X-Forwarded-For from loopback) each user has an address bucket of their own', async () => {
    const bad = (i: number) => `Bearer mk_${String(900 + i).padStart(12, '0')}_${'y'.repeat(43)}`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await http().get('/me').set('X-Forwarded-For', '203.0.113.8').set('Authorization', bad(i))).status);
    expect(statuses.slice(5)).toEqual([429]);
    const good = await seedKey(db.dataSource, 'case_manager', 'ngo', 'E');
    expect((await http().get('/me').set('X-Forwarded-For', '203.0.113.9').set(bearer(good))).status).toBe(200);
  });

  it('CORS answers only the configured origin', async () => {
    const ok = await http().options('/profiles').set('Origin', 'http://console.example:5173').set('Access-Control-Request-Method', 'GET');
    expect(ok.headers['access-control-allow-origin']).toBe('http://console.example:5173');
    const other = await http().get('/health/live').set('Origin', 'http://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
