import type { PlacementStatus } from '@app/contracts';
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
 * (open / 409 with its end), the waiting list first, then the best ranked who can start within the
 * window (jobs: today), never people placed elsewhere at the same time, who dropped out or hold the seat,
 * each with its reason and the left-out people counted; consent and masking as for candidates.
 */
describe('replacements', () => {
  let w: MatchingWorld;
  beforeAll(async () => {
    w = await startMatchingWorld('replacements');
  }, 90000);
  afterAll(() => w?.close());

  const replacements = (id: string, key = w.employer, { limit = 20, language }: { limit?: number; language?: string } = {}) =>
    waitFor('replacements', async () => {
      const req = w.vs().get(`/opportunities/${id}/replacements?limit=${limit}`).set(bearer(key));
      const r = await (language ? req.set('Accept-Language', language) : req);
      if (r.status !== 200 && r.status !== 202) return r;
      return r.status === 200 ? r : null;
    });

  /** The programme's cohort waiting list, in this order (as a finished cohort fill leaves it). */
  async function waitingList(programme: string, people: string[]): Promise<void> {
    const ds = w.db.dataSource;
    const [{ organisation_id: org }] = await ds.query(`SELECT organisation_id FROM opportunities WHERE id = $1`, [programme]);
    const [{ id: cohort }] = await ds.query(
      `INSERT INTO cohorts (organisation_id, name, profile_ids, opportunity_ids, min_score, requested_by_api_key_id, state, finished_at)
       VALUES ($1, 'Cohorte', $2::uuid[], ARRAY[$3]::uuid[], 0, $4, 'done', now()) RETURNING id`,
      [org, people, programme, w.employer.id],
    );
    for (const [i, id] of people.entries()) {
      await ds.query(`INSERT INTO cohort_seats (cohort_id, opportunity_id, profile_id, status, position, score) VALUES ($1, $2, $3, 'waiting', $4, 40)`, [cohort, programme, id, i + 1]);
    }
  }

  /** A placement through the pipeline (the case manager proposes and refers, the employer moves it on). */
  async function place(opportunityId: string, profileId: string, path: PlacementStatus[]): Promise<void> {
    const created = await w.vs().post('/placements').set(bearer(w.caseManager)).send({ opportunityId, profileId });
    expect(created.status).toBe(201);
    for (const to of path) {
      const key = to === 'referred' ? w.caseManager : w.employer;
      const res = await w.vs().post(`/placements/${created.body.id}/transitions`).set(bearer(key)).send(to === 'dropped_out' ? { to, reason: 'family' } : { to });
      expect({ to, status: res.status }).toEqual({ to, status: 200 });
    }
  }
  const PLACED: PlacementStatus[] = ['referred', 'offered', 'placed'];

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
    // Not dropped silently: counted, and every listed person says by when they can start (today).
    expect(res.body).toMatchObject({ canStartBy: day(0), language: 'en' });
    expect(res.body.skipped.cannotStartInWindow).toBeGreaterThanOrEqual(1);
    expect(res.body.skippedExplanation).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^\\d+ (person|people) cannot start by ${day(0)}$`))]));
    const mine = res.body.items.find((c: { profileId: string }) => c.profileId === now);
    expect(mine.reason).toMatchObject({ code: 'ranked', canStartBy: day(0), score: mine.score });
    expect(mine.explanation).toMatch(new RegExp(`^Ranked \\d+(st|nd|rd|th) of those who can start by ${day(0)} \\(score \\d+\\.\\d\\)$`));    // Why the person fits, as candidates say it: typed reasons an employer may see, with ESCO URIs.
    expect(mine.fitReasons.find((r: { code: string }) => r.code === 'skills_matched').skills[0].uri).toMatch(/^http:\/\/data\.europa\.eu\/esco\/skill\//);
    expect(mine.fitExplanation.some((t: string) => t.startsWith('Has 1 of 1 essential skills'))).toBe(true);
    expect(mine.fitReasons.map((r: { code: string }) => r.code)).not.toContain('demand');
  });

  it('people who can start inside the window are proposed, not only those free today; later ones are left out and counted', async () => {
    // Started 2 days ago, 10 weeks: the window (20%) ends in 12 days.
    const programme = await create(w, 'opportunity', training({ title: 'Curso con ventana', startDate: day(-2), durationWeeks: 10 }));
    const soon = await create(w, 'profile', person({ earliestStart: day(5) }));
    const waitingSoon = await create(w, 'profile', person({ earliestStart: day(12), location: { regionCode: 'EC-P', lat: -0.22, lon: -78.5 } }));
    const waitingLate = await create(w, 'profile', person({ earliestStart: day(13) }));
    const late = await create(w, 'profile', person({ earliestStart: day(20) }));
    await waitingList(programme, [waitingSoon, waitingLate]);

    const body = await waitFor('the people who can start soon indexed', async () => {
      const r = await replacements(programme, w.employer, { limit: 50 });
      const ids = r.status === 200 ? r.body.items.map((c: { profileId: string }) => c.profileId) : [];
      return ids.includes(soon) && ids.includes(waitingSoon) ? r.body : null;
    });
    const ids = body.items.map((c: { profileId: string }) => c.profileId);
    expect(body).toMatchObject({ windowEnd: day(12), canStartBy: day(12) });
    expect(ids[0]).toBe(waitingSoon);
    expect(body.items[0]).toMatchObject({ source: 'waiting_list', waitingListPosition: 1, reason: { code: 'waiting_list', position: 1 }, explanation: "Position 1 on the cohort's waiting list" });
    expect(body.items.find((c: { profileId: string }) => c.profileId === soon)).toMatchObject({ source: 'ranked', reason: { code: 'ranked', canStartBy: day(12) } });
    expect(ids).not.toContain(waitingLate);
    expect(ids).not.toContain(late);
    // The waiting-list person who cannot start in time is counted; the ranked one never fit (the engine's own gate).
    expect(body.skipped).toMatchObject({ cannotStartInWindow: 1, placedElsewhere: 0, droppedOut: 0, holdsSeat: 0 });
    expect(body.skippedExplanation).toEqual([`1 person cannot start by ${day(12)}`]);
    // Ranked people are numbered 1, 2, ... among those shown.
    const ranks = body.items.filter((c: { source: string }) => c.source === 'ranked').map((c: { reason: { rank: number } }) => c.reason.rank);
    expect(ranks).toEqual(ranks.map((_: number, i: number) => i + 1));
  });

  it('never someone placed elsewhere at the same dates and hours, who dropped out of it or holds its seat; explained in Spanish', async () => {
    // Mondays to Wednesdays 9-12, started 2 days ago, 10 weeks.
    const programme = await create(w, 'opportunity', training({ title: 'Curso de mañana', startDate: day(-2), durationWeeks: 10 }));
    const sameHours = await create(w, 'opportunity', training({ title: 'Otro curso de mañana', startDate: day(-10), durationWeeks: 8, schedule: { mon: [10, 11], thu: [9, 10] }, hoursPerWeek: 4 }));
    const afternoons = await create(w, 'opportunity', training({ title: 'Curso de tarde', startDate: day(-10), durationWeeks: 8, schedule: { mon: [15, 16, 17], tue: [15, 16, 17] }, hoursPerWeek: 6 }));
    const finished = await create(w, 'opportunity', training({ title: 'Curso terminado', startDate: day(-100), durationWeeks: 4 }));
    const [busy, busyOnWaitingList, busyAfternoons, offered, placedInFinished, dropout, holder, free] = await Promise.all(Array.from({ length: 8 }, () => create(w, 'profile', person())));
    await place(sameHours, busy, [...PLACED, 'started']);
    await place(sameHours, busyOnWaitingList, PLACED);
    await place(afternoons, busyAfternoons, [...PLACED, 'started']);
    await place(sameHours, offered, ['referred', 'offered']); // decided: an offer does not block
    await place(finished, placedInFinished, PLACED); // its dates ended before this programme started
    await place(programme, dropout, [...PLACED, 'dropped_out']);
    await place(programme, holder, PLACED);
    await waitingList(programme, [dropout, busyOnWaitingList]);

    const body = await waitFor('everyone indexed', async () => {
      const r = await replacements(programme, w.employer, { limit: 50, language: 'es' });
      const ids = r.status === 200 ? r.body.items.map((c: { profileId: string }) => c.profileId) : [];
      return [busyAfternoons, offered, placedInFinished, free].every((id) => ids.includes(id)) ? r.body : null;
    });
    const ids = body.items.map((c: { profileId: string }) => c.profileId);
    for (const excluded of [busy, busyOnWaitingList, dropout, holder]) expect(ids).not.toContain(excluded);
    expect(body.items.every((c: { source: string }) => c.source === 'ranked')).toBe(true); // both waiting-list people were left out
    expect(body).toMatchObject({ language: 'es', seatsFree: 2, skipped: { holdsSeat: 1, droppedOut: 1, placedElsewhere: 2, cannotStartInWindow: 0, notEligible: 0 } });
    expect(body.skippedExplanation).toEqual([
      '1 persona ya ocupa una plaza de esta oferta',
      '1 persona abandonó esta oferta y no se vuelve a proponer',
      '2 personas ya están colocadas en otra oferta en las mismas fechas y horas',
    ]);
    expect(body.items[0].reason).toMatchObject({ code: 'ranked', rank: 1, canStartBy: day(12) });
    expect(body.items[0].explanation).toMatch(new RegExp(`^1\\.º de quienes pueden empezar a más tardar el ${day(12)} \\(puntuación \\d+,\\d\\)$`));
    // The dropout is not offered back through the candidates' waiting list path either: the same list in English.
    const en = await replacements(programme, w.employer, { limit: 50 });
    expect(en.body.items.map((c: { profileId: string }) => c.profileId)).not.toContain(dropout);
    expect(en.body.skippedExplanation).toContain('1 person dropped out of this opportunity and is not offered again');
  });
});
