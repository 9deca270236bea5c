import { epochDayToIso, todayEpochDay } from '@app/persistence';
import { allowWork, bearer, create, startMatchingWorld, waitFor, type MatchingWorld } from '../integration/demand/world';
import { job, person } from './scorer-harness';

jest.setTimeout(120000);

const day = (offset: number) => epochDayToIso(todayEpochDay() + offset);

/** A weekday-morning training near the person of `person()`. */
function training(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'training',
    title: 'Curso de caja',
    location: { regionCode: 'EC-P', lat: -0.19, lon: -78.48 },
    schedule: { mon: [9, 10, 11], tue: [9, 10, 11], wed: [9, 10, 11] },
    hoursPerWeek: 9,
    capacity: 3,
    requiresWorkAuthorisation: false,
    ...overrides,
  };
}

/**
 * GET /opportunities/:id/replacements through HTTP, BullMQ and the scorer's processors: the window
 * (open / 409 with its end), the waiting list first, then the best ranked who can start today, consent
 * and masking as for candidates.
 */
describe('replacements', () => {
  let w: MatchingWorld;
  beforeAll(async () => {
    w = await startMatchingWorld('replacements');
  }, 90000);
  afterAll(() => w?.close());

  const replacements = (id: string, key = w.employer) =>
    waitFor('replacements', async () => {
      const r = await w.vs().get(`/opportunities/${id}/replacements?limit=20`).set(bearer(key));
      if (r.status !== 200 && r.status !== 202) return r;
      return r.status === 200 ? r : null;
    });

  it('outside the replacement window: 409 replacement_window_closed with the window end date', async () => {
    // Started 30 days ago, 10 weeks: the window (20% = 14 days) ended 16 days ago.
    const late = await create(w, 'opportunity', training({ startDate: day(-30), durationWeeks: 10 }));
    const res = await w.vs().get(`/opportunities/${late}/replacements`).set(bearer(w.employer));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('replacement_window_closed');
    expect(res.body.error.message).toContain(day(-16));
    expect(res.body.error.details[0]).toMatchObject({ path: 'windowEnd', message: day(-16) });
    // A wider window (half the duration) is still open.
    const wide = await create(w, 'opportunity', training({ startDate: day(-30), durationWeeks: 10, replacementWindowFraction: 0.5 }));
    const ok = await replacements(wide);
    expect(ok.status).toBe(200);
    expect(ok.body.windowEnd).toBe(day(5));
  });

  it('inside the window: the waiting list first, then the best ranked who can start now; masked; others 403', async () => {
    const programme = await create(w, 'opportunity', training({ startDate: day(-2), durationWeeks: 10 }));
    const ranked = await create(w, 'profile', person({ personal: { displayName: 'Rosa Quispe', phone: '+593 99 111 2233', email: 'rosa@example.org' } }));
    // Lives a bit farther (lower logistics score) but is on the waiting list: comes first anyway.
    const waiting = await create(w, 'profile', person({ location: { regionCode: 'EC-P', lat: -0.22, lon: -78.5 } }));
    const invisible = await create(w, 'profile', person({ consent: { scopes: ['matching'], givenAt: '2025-05-20' } }));
    for (const id of [ranked, waiting, invisible]) await allowWork(w, id);
    const ds = w.db.dataSource;
    const [{ organisation_id: org }] = await ds.query(`SELECT organisation_id FROM opportunities WHERE id = $1`, [programme]);
    const [{ id: cohort }] = await ds.query(
      `INSERT INTO cohorts (organisation_id, name, profile_ids, opportunity_ids, min_score, requested_by_api_key_id, state, finished_at)
       VALUES ($1, 'Cohorte', $2::uuid[], ARRAY[$3]::uuid[], 0, $4, 'done', now()) RETURNING id`,
      [org, [waiting], programme, w.employer.id],
    );
    await ds.query(`INSERT INTO cohort_seats (cohort_id, opportunity_id, profile_id, status, position, score) VALUES ($1, $2, $3, 'waiting', 1, 40)`, [cohort, programme, waiting]);

    const body = await waitFor('all three people indexed', async () => {
      const r = await replacements(programme);
      return r.status === 200 && r.body.items.length >= 2 ? r.body : null;
    });
    const ids = body.items.map((c: { profileId: string }) => c.profileId);
    expect(ids.slice(0, 2)).toEqual([waiting, ranked]);
    expect(ids).not.toContain(invisible);
    expect(body.items[0]).toMatchObject({ source: 'waiting_list', waitingListPosition: 1 });
    expect(body.items[1]).toMatchObject({ source: 'ranked', waitingListPosition: null, contactMasked: true, contact: { displayName: 'R. Q.', phone: '+*** ** *** **33', email: 'r***@example.org' } });
    expect(body.items[1].score).toBeGreaterThan(body.items[0].score);
    expect(body).toMatchObject({ windowEnd: day(12), seatsFree: 3 });
    expect(JSON.stringify(body)).not.toMatch(/gender|nationality|dateOfBirth|authorisation/i);

    await w.vs().get(`/opportunities/${programme}/replacements`).set(bearer(w.otherEmployer)).expect(403);
    await w.vs().get(`/opportunities/${programme}/replacements`).set(bearer(w.caseManager)).expect(403);
  });

  it('a job has no window; only people who can start today are proposed (candidates still list the others)', async () => {
    const vacancy = await create(w, 'opportunity', job({ title: 'Cajero/a de reemplazo' }));
    const now = await create(w, 'profile', person());
    const later = await create(w, 'profile', person({ earliestStart: day(30) }));
    for (const id of [now, later]) await allowWork(w, id);
    const candidates = await waitFor('both candidates', async () => {
      const r = await w.vs().get(`/opportunities/${vacancy}/candidates?limit=50`).set(bearer(w.employer));
      const ids = r.status === 200 ? r.body.items.map((c: { profileId: string }) => c.profileId) : [];
      return ids.includes(now) && ids.includes(later) ? ids : null;
    });
    expect(candidates).toContain(later);
    const res = await replacements(vacancy);
    expect(res.body.windowEnd).toBeNull();
    const ids = res.body.items.map((c: { profileId: string }) => c.profileId);
    expect(ids).toContain(now);
    expect(ids).not.toContain(later);
  });
});
