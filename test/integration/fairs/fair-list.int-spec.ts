import type { CreatedApiKey } from '@app/contracts';
import { createApiKey } from '@app/persistence';
import { bearer, seedKey } from '../../support/app';
import { caseManagerKey, createOpportunity, employerKey, seedProfiles, startVacancyService, type VacancyHarness } from '../vacancies/harness';

/**
 * GET /fairs against real PostgreSQL: an organiser coming back finds the organisation's fairs (and only
 * those), latest fair day first, each with its attendee count and opportunities, paged with an opaque
 * keyset cursor; admins see every organisation's; bad input is a 400 naming the field.
 */
describe('GET /fairs', () => {
  let h: VacancyHarness;
  let organiser: CreatedApiKey;
  let colleague: CreatedApiKey;
  let otherOrganiser: CreatedApiKey;
  let admin: CreatedApiKey;
  let employer: CreatedApiKey;
  let caseManager: CreatedApiKey;
  // Created in this order; listed by fair day descending, then the latest created first.
  const FAIRS = [
    { name: 'Feria enero', date: '2026-01-20' },
    { name: 'Feria marzo A', date: '2026-03-10' },
    { name: 'Feria marzo B', date: '2026-03-10' },
    { name: 'Feria febrero', date: '2026-02-14' },
    { name: 'Feria marzo C', date: '2026-03-10' },
  ];
  const EXPECTED_ORDER = ['Feria marzo C', 'Feria marzo B', 'Feria marzo A', 'Feria febrero', 'Feria enero'];
  const ids: Record<string, string> = {};
  let otherFairId: string;
  let opportunityId: string;

  beforeAll(async () => {
    h = await startVacancyService('fair_list');
    organiser = await seedKey(h.db.dataSource, 'organiser', 'fair_organiser', 'Feria Quito');
    // A second organiser key of the same organisation sees the same fairs.
    colleague = await h.db.dataSource.transaction((m) => createApiKey(m, { organisationId: organiser.organisationId, role: 'organiser', label: 'colleague' }));
    otherOrganiser = await seedKey(h.db.dataSource, 'organiser', 'fair_organiser', 'Otra feria');
    admin = await seedKey(h.db.dataSource, 'admin', 'ngo', 'Admins');
    employer = await employerKey(h);
    caseManager = await caseManagerKey(h);
    for (const f of FAIRS) {
      const res = await h.http().post('/fairs').set(bearer(organiser)).send({ ...f, regionCode: 'EC-P' }).expect(201);
      ids[f.name] = res.body.id;
    }
    otherFairId = (await h.http().post('/fairs').set(bearer(otherOrganiser)).send({ name: 'Feria ajena', date: '2026-04-01', regionCode: 'EC-G' }).expect(201)).body.id;

    // Feria febrero: two consenting attendees and one opportunity with 6 slots.
    const people = await seedProfiles(h, caseManager.organisationId, 2);
    await h.db.dataSource.query(`UPDATE profiles SET sections = '{"consent":{"scopes":["matching","visible_to_employers"]}}' WHERE id = ANY($1::uuid[])`, [people]);
    await h.http().post(`/fairs/${ids['Feria febrero']}/attendees`).set(bearer(organiser)).send({ profileIds: people }).expect(200);
    opportunityId = (await createOpportunity(h, employer, { status: 'open' })).id;
    await h.http().post(`/fairs/${ids['Feria febrero']}/opportunities`).set(bearer(organiser)).send({ opportunities: [{ opportunityId, interviewSlots: 6 }] }).expect(200);
  });
  afterAll(() => h?.close());

  it("lists the organiser's own fairs only, latest day first, each as GET /fairs/:id presents it", async () => {
    const res = await h.http().get('/fairs').set(bearer(organiser)).expect(200);
    expect(res.body.items.map((f: { name: string }) => f.name)).toEqual(EXPECTED_ORDER);
    expect(res.body.nextCursor).toBeNull();
    expect(res.body.items.map((f: { id: string }) => f.id)).not.toContain(otherFairId);
    const february = res.body.items.find((f: { name: string }) => f.name === 'Feria febrero');
    const single = (await h.http().get(`/fairs/${ids['Feria febrero']}`).set(bearer(organiser)).expect(200)).body;
    expect(february).toEqual(single);
    expect(february).toMatchObject({ attendees: 2, opportunities: [{ opportunityId, interviewSlots: 6 }], date: '2026-02-14', startTime: '09:00', slotMinutes: 20, regionCode: 'EC-P', organisationId: organiser.organisationId });
    expect(res.body.items.find((f: { name: string }) => f.name === 'Feria enero')).toMatchObject({ attendees: 0, opportunities: [] });

    const colleagues = await h.http().get('/fairs').set(bearer(colleague)).expect(200);
    expect(colleagues.body.items.map((f: { name: string }) => f.name)).toEqual(EXPECTED_ORDER);
    const other = await h.http().get('/fairs').set(bearer(otherOrganiser)).expect(200);
    expect(other.body.items.map((f: { id: string }) => f.id)).toEqual([otherFairId]);
  });

  it('pages with the opaque cursor: every fair once, in order, the last page says so', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { body: { items: Array<{ name: string }>; nextCursor: string | null } } = await h
        .http()
        .get('/fairs')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(bearer(organiser))
        .expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((f: { name: string }) => f.name));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(EXPECTED_ORDER);
  });

  it("admins see every organisation's fairs, or one organisation's", async () => {
    const all = await h.http().get('/fairs').set(bearer(admin)).expect(200);
    expect(all.body.items.map((f: { name: string }) => f.name)).toEqual(['Feria ajena', ...EXPECTED_ORDER]);
    const one = await h.http().get('/fairs').query({ organisationId: otherOrganiser.organisationId }).set(bearer(admin)).expect(200);
    expect(one.body.items.map((f: { id: string }) => f.id)).toEqual([otherFairId]);
  });

  it("refuses other roles and another organisation's list (403 in the envelope)", async () => {
    for (const key of [employer, caseManager]) {
      const res = await h.http().get('/fairs').set(bearer(key)).expect(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    const res = await h.http().get('/fairs').query({ organisationId: otherOrganiser.organisationId }).set(bearer(organiser)).expect(403);
    expect(res.body.error.code).toBe('forbidden');
    // Their own organisation named explicitly is fine.
    const own = await h.http().get('/fairs').query({ organisationId: organiser.organisationId }).set(bearer(organiser)).expect(200);
    expect(own.body.items).toHaveLength(FAIRS.length);
    await h.http().get('/fairs').expect(401);
  });

  it.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: '201' }, 'limit'],
    [{ limit: 'many' }, 'limit'],
    [{ cursor: 'not a cursor!' }, 'cursor'],
    [{ cursor: Buffer.from('["2026-01-01","x","y"]').toString('base64url') }, 'cursor'],
    [{ organisationId: 'nope' }, 'organisationId'],
  ])('bad query %j: 400 with the field path', async (query, path) => {
    const res = await h.http().get('/fairs').query(query).set(bearer(organiser)).expect(400);
    expect(res.body.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
  });

  it('an unknown query parameter is refused, not ignored', async () => {
    const res = await h.http().get('/fairs').query({ sort: 'name' }).set(bearer(organiser)).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
  });
});
