import type { CreatedApiKey } from '@app/contracts';
import { seedKey } from '../../support/app';
import { bearer, createAttendees, createJob, startFairWorld, waitFor, type FairWorld } from './world';

const ATTENDEES = 8;

/**
 * GET /fairs/:id/shortlists and the attendees' names in a shortlist's results, against real PostgreSQL with
 * the scorer in process: an organiser coming back finds the fair's earlier shortlists newest first and
 * opens one without running it again; its schedules name the attendees (display name only, and only while
 * they consent to being shown); other organisations get 404 as for the fair, other roles 403.
 */
describe('a fair: its shortlists and the attendees by name', () => {
  let w: FairWorld;
  let admin: CreatedApiKey;
  let fairId: string;
  let emptyFairId: string;
  let people: string[];
  const runs: Array<{ id: string; params: Record<string, unknown> }> = [];

  beforeAll(async () => {
    w = await startFairWorld('fair_shortlists');
    admin = await seedKey(w.db.dataSource, 'admin', 'ngo', 'Admins');
    people = await createAttendees(w, ATTENDEES);
    const jobs = [await createJob(w, w.employerA, 0), await createJob(w, w.employerB, 1)];
    fairId = (await w.vs().post('/fairs').set(bearer(w.organiser)).send({ name: 'Feria con listas', date: '2025-10-15', regionCode: 'EC-P' }).expect(201)).body.id;
    emptyFairId = (await w.vs().post('/fairs').set(bearer(w.organiser)).send({ name: 'Feria sin listas', date: '2025-11-15', regionCode: 'EC-P' }).expect(201)).body.id;
    await w.vs().post(`/fairs/${fairId}/attendees`).set(bearer(w.organiser)).send({ profileIds: people }).expect(200);
    await w.vs().post(`/fairs/${fairId}/opportunities`).set(bearer(w.organiser)).send({ opportunities: jobs.map((opportunityId) => ({ opportunityId, interviewSlots: 3 })) }).expect(200);
    for (const params of [
      { maxInterviewsPerAttendee: 1, minScore: 0, strategy: 'max_total' },
      { maxInterviewsPerAttendee: 2, minScore: 0, strategy: 'coverage_first' },
    ]) {
      const res = await w.vs().post(`/fairs/${fairId}/shortlists`).set(bearer(w.organiser)).send(params).expect(202);
      await waitFor(`shortlist ${res.body.shortlistId}`, async () => {
        const s = await w.vs().get(`/shortlists/${res.body.shortlistId}`).set(bearer(w.organiser));
        if (s.body.state === 'failed') throw new Error(s.body.error);
        return s.body.state === 'done';
      });
      runs.push({ id: res.body.shortlistId, params });
    }
  }, 240000);
  afterAll(() => w?.close());

  const list = (id: string, key: CreatedApiKey) => w.vs().get(`/fairs/${id}/shortlists`).set(bearer(key));

  it("lists the fair's shortlists newest first, each in summary as GET /shortlists/:id has it", async () => {
    const res = await list(fairId, w.organiser).expect(200);
    expect(res.body.items.map((s: { id: string }) => s.id)).toEqual([runs[1].id, runs[0].id]);
    for (const item of res.body.items) {
      const status = (await w.vs().get(`/shortlists/${item.id}`).set(bearer(w.organiser)).expect(200)).body;
      expect(item).toEqual({
        id: status.id,
        fairId,
        state: 'done',
        percent: 100,
        params: status.params,
        error: null,
        interviews: status.report.interviews,
        createdAt: status.createdAt,
        finishedAt: status.finishedAt,
      });
    }
    expect(res.body.items[1].params).toMatchObject({ maxInterviewsPerAttendee: 1, strategy: 'max_total' });
    expect(res.body.items[0].interviews).toBeGreaterThan(0);
    expect((await list(emptyFairId, w.organiser).expect(200)).body).toEqual({ items: [] });
    expect((await list(fairId, admin).expect(200)).body.items).toHaveLength(2);
  });

  it("refuses others as GET /fairs/:id does: another organiser 404, employers and case managers 403, bad id 400 with its path", async () => {
    for (const path of [`/fairs/${fairId}`, `/fairs/${fairId}/shortlists`]) {
      expect((await w.vs().get(path).set(bearer(w.otherOrganiser)).expect(404)).body.error.code).toBe('not_found');
      for (const key of [w.employerA, w.caseManager]) expect((await w.vs().get(path).set(bearer(key)).expect(403)).body.error.code).toBe('forbidden');
    }
    expect((await list('00000000-0000-4000-8000-000000000000', w.organiser).expect(404)).body.error.code).toBe('not_found');
    const bad = await list('not-a-uuid', w.organiser).expect(400);
    expect(bad.body.error.details).toEqual([expect.objectContaining({ path: 'id' })]);
    await w.vs().get(`/fairs/${fairId}/shortlists`).expect(401);
  });

  it("an earlier shortlist's results name each attendee (display name only), null once consent to be shown is withdrawn", async () => {
    const nameOf = (id: string) => `Persona ${people.indexOf(id)} Apellido`;
    const results = (await w.vs().get(`/shortlists/${runs[0].id}/results.json`).set(bearer(w.organiser)).expect(200)).body;
    const entries = results.opportunities.flatMap((o: { entries: Array<{ profileId: string; displayName: string | null }> }) => o.entries);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) expect(e.displayName).toBe(nameOf(e.profileId));
    for (const a of results.attendees) expect(a.displayName).toBe(nameOf(a.profileId));
    for (const u of results.unplaced) expect(u.displayName).toBe(nameOf(u.profileId));
    // Names only: no phone or e-mail anywhere in the organiser's results.
    expect(JSON.stringify(results)).not.toMatch(/\+593|@example\.org/);

    const withdrawn = results.attendees[0].profileId;
    await w.db.dataSource.query(`UPDATE profiles SET sections = jsonb_set(sections, '{consent,scopes}', '["matching"]') WHERE id = $1`, [withdrawn]);
    const after = (await w.vs().get(`/shortlists/${runs[0].id}/results.json`).set(bearer(w.organiser)).expect(200)).body;
    expect(after.attendees.find((a: { profileId: string }) => a.profileId === withdrawn).displayName).toBeNull();
    expect(after.attendees.filter((a: { displayName: string | null }) => a.displayName !== null)).toHaveLength(after.attendees.length - 1);
  });
});
