import type { INestApplication } from '@nestjs/common';
import { withApiKeyCache } from '@app/platform';
import request from 'supertest';
import { job, person } from '../../e2e/scorer-harness';
import { ProfileServiceModule } from '../../../apps/profile-service/src/profile-service.module';
import { VacancyServiceModule } from '../../../apps/vacancy-service/src/vacancy-service.module';
import { bearer, create, startMatchingWorld, waitFor, type MatchingWorld } from '../demand/world';
import { createTestApp, seedKey } from '../../support/app';

jest.setTimeout(120000);

/** Far longer than any wait here: only the invalidation can make these caches forget within the test. */
const LONG_TTL = { ttlMs: 600_000, maxEntries: 100 };

/**
 * The in-process caches that keep hot reads off PostgreSQL (API keys: ApiKeyCache; the freshness of a
 * rendered recommendations page: RecommendationHeads) forget on events: at once in the process that
 * made the change, and over the invalidation bus (Redis pub/sub) in the others. Each test fails without
 * the invalidation: the caches would answer from memory for their whole TTL.
 */
describe('in-process caches invalidated by events', () => {
  let w: MatchingWorld;
  let vacancies: INestApplication;
  let otherProfiles: INestApplication;

  beforeAll(async () => {
    w = await startMatchingWorld('cacheinval');
    // Two more app processes' worth of caches, as main.ts builds them, on the same queue prefix (and so the same bus).
    vacancies = await createTestApp(withApiKeyCache(VacancyServiceModule.forRoot(w.config), LONG_TTL), w.config);
    otherProfiles = await createTestApp(withApiKeyCache(ProfileServiceModule.forRoot(w.config), LONG_TTL), w.config);
  }, 90000);
  afterAll(async () => {
    for (const app of [otherProfiles, vacancies]) await app?.close();
    await w?.close();
  });

  it('a key revoked through the API is refused on the next request in the same process, and at once in another', async () => {
    const key = await seedKey(w.db.dataSource, 'case_manager', 'ngo', 'revoked soon');
    const vs = () => request(vacancies.getHttpServer());
    const other = () => request(otherProfiles.getHttpServer());
    await vs().get('/me').set(bearer(key)).expect(200);
    await other().get('/me').set(bearer(key)).expect(200);
    await vs().delete(`/api-keys/${key.id}`).set(bearer(w.admin)).expect(204);
    await vs().get('/me').set(bearer(key)).expect(401);
    // The other process hears of it over Redis pub/sub (a message, not the 10-minute TTL).
    await waitFor('the other process to refuse the key', async () => (await other().get('/me').set(bearer(key))).status === 401, 3000, 20);
  });

  it('a PATCH or a restricted-record PUT is never answered by the page rendered before it; consent withdrawn is refused at once', async () => {
    await create(w, 'opportunity', job());
    const id = await create(w, 'profile', person());
    const get = () => w.ps().get(`/profiles/${id}/recommendations`).set(bearer(w.caseManager));
    const first = await waitFor('the first page', async () => {
      const r = await get();
      return r.status === 200 ? r : null;
    });
    // Rendered and remembered: the next GET is answered from memory.
    expect((await get()).body.profileVersion).toBe(first.body.profileVersion);
    const patched = await w.ps().patch(`/profiles/${id}`).set(bearer(w.caseManager)).send({ transport: { modes: ['walk'], maxCommuteMinutes: 20, canUseTransportAllowance: false } }).expect(200);
    const after = await get();
    // Either the fresh page (ranked within the GET's wait) or 202 while it is computed: never the old page.
    expect([200, 202]).toContain(after.status);
    if (after.status === 200) expect(after.body.profileVersion).toBe(patched.body.version);
    await waitFor('the page at the new version', async () => (await get()).body.profileVersion === patched.body.version);
    await get().expect(200);
    // The restricted record is written by its own controller: it invalidates too (a new profile version).
    await w.ps().put(`/profiles/${id}/restricted`).set(bearer(w.caseManager)).send({ authorisationKind: 'refugee', nationality: 'AF', gender: 'female', dateOfBirth: '1994-03-02', notes: 'arrived 2023' }).expect(200);
    const afterRecord = await get();
    expect([200, 202]).toContain(afterRecord.status);
    if (afterRecord.status === 200) expect(afterRecord.body.profileVersion).toBeGreaterThan(patched.body.version);
    await waitFor('the page after the restricted record', async () => (await get()).body.profileVersion > patched.body.version);
    await w.ps().post(`/profiles/${id}/consent/withdraw`).set(bearer(w.caseManager)).expect((r) => expect(r.status).toBeLessThan(300));
    expect((await get()).status).toBe(409);
  });
});
