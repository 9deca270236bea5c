import type { INestApplication } from '@nestjs/common';
import type { CreatedApiKey } from '@app/contracts';
import { ApiKeyRepository } from '@app/persistence';
import { withApiKeyCache } from '@app/platform';
import request from 'supertest';
import { ProfileServiceModule } from '../../../apps/profile-service/src/profile-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { waitFor } from '../../support/wait';

const TTL_MS = 2000;

/** The profile service as main.ts runs it: API keys remembered for a short TTL (libs/platform/src/auth/api-key-cache.ts). */
describe('profile-service API-key cache', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let key: CreatedApiKey;

  beforeAll(async () => {
    db = await createTestDatabase('api_key_cache');
    const config = testConfig(db.url);
    app = await createTestApp(withApiKeyCache(ProfileServiceModule.forRoot(config), { ttlMs: TTL_MS, maxEntries: 100 }), config);
    key = await seedKey(db.dataSource, 'case_manager', 'ngo');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const me = (k: string) => request(app.getHttpServer()).get('/me').set('Authorization', `Bearer ${k}`);

  it('looks a key up once per TTL, not once per request', async () => {
    const fresh = await seedKey(db.dataSource, 'case_manager', 'ngo', 'lookups');
    const lookups = jest.spyOn(app.get(ApiKeyRepository), 'findActiveByPrefix');
    try {
      await Promise.all(Array.from({ length: 5 }, () => me(fresh.key).expect(200)));
      await me(fresh.key).expect(200);
      expect(lookups).toHaveBeenCalledTimes(1);
    } finally {
      lookups.mockRestore();
    }
  });

  it('never accepts a wrong secret behind a remembered prefix', async () => {
    await me(key.key).expect(200);
    const secretStart = `mk_${key.prefix.slice(3)}_`.length;
    const wrong = key.key.slice(0, secretStart) + (key.key[secretStart] === 'A' ? 'B' : 'A') + key.key.slice(secretStart + 1);
    const res = await me(wrong).expect(401);
    expect(res.body.error.code).toBe('unauthorized');
    await me(key.key).expect(200);
  });

  it('refuses a revoked key once the TTL has passed', async () => {
    await me(key.key).expect(200);
    await db.dataSource.query(`UPDATE api_keys SET revoked_at = now() WHERE id = $1`, [key.id]);
    const revokedAt = Date.now();
    await waitFor('the revoked key to be refused', async () => (await me(key.key)).status === 401, TTL_MS + 5000, 100);
    // Refused no earlier than needed is not the point; refused within the TTL (plus a request) is.
    expect(Date.now() - revokedAt).toBeLessThan(TTL_MS + 1500);
    await me(key.key).expect(401);
  });

  it('keeps the role check per request: an employer key is remembered and still refused here', async () => {
    const employer = await seedKey(db.dataSource, 'employer', 'employer');
    await request(app.getHttpServer()).get('/profiles').set(bearer(employer)).expect(403);
    await request(app.getHttpServer()).get('/profiles').set(bearer(employer)).expect(403);
    await me(employer.key).expect(200);
  });
});
