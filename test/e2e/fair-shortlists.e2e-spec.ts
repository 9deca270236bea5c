import { bearer, createAttendees, createJob, startFairWorld, waitFor, type FairWorld } from '../integration/fairs/world';

jest.setTimeout(300000);

const ATTENDEES = Number(process.env.FAIR_E2E_ATTENDEES ?? 300);
const OPPORTUNITIES = 20;
const SLOTS = 8;
const CAP = 3;

/**
 * A fair of 300 attendees x 20 opportunities (8 interview slots each, at most 3 interviews per attendee)
 * through the whole path: HTTP -> shortlists row -> BullMQ flow (chunked scoring children, allocation
 * parent) -> the scorer's workers -> stored results -> JSON, CSV and the employer's masked view.
 */
describe('job fair shortlists end to end', () => {
  let w: FairWorld;
  let fairId: string;
  let people: string[];
  let jobsA: string[];
  let jobsB: string[];

  beforeAll(async () => {
    w = await startFairWorld('fairs');
    people = await createAttendees(w, ATTENDEES);
    jobsA = [];
    jobsB = [];
    for (let j = 0; j < OPPORTUNITIES; j++) (j % 2 ? jobsB : jobsA).push(await createJob(w, j % 2 ? w.employerB : w.employerA, j));
    const fair = await w.vs().post('/fairs').set(bearer(w.organiser)).send({ name: 'Feria de empleo Quito', date: '2025-10-15', startTime: '09:00', regionCode: 'EC-P' });
    expect(fair.status).toBe(201);
    fairId = fair.body.id;
  }, 280000);
  afterAll(() => w?.close());

  const shortlist = (body: Record<string, unknown>, key = w.organiser) => w.vs().post(`/fairs/${fairId}/shortlists`).set(bearer(key)).send(body);
  const status = (id: string) => w.vs().get(`/shortlists/${id}`).set(bearer(w.organiser));
  const untilDone = (id: string) =>
    waitFor(`shortlist ${id} done`, async () => {
      const r = await status(id);
      if (r.body.state === 'failed') throw new Error(`shortlist failed: ${r.body.error}`);
      return r.body.state === 'done' ? r.body : null;
    });

  it('registers attendees by JSON and by CSV; a CSV with a bad row registers nobody and names the lines', async () => {
    const json = await w.vs().post(`/fairs/${fairId}/attendees`).set(bearer(w.organiser)).send({ profileIds: people.slice(0, 250) });
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ registered: 250, alreadyRegistered: 0, attendees: 250 });

    const bad = ['profile_id,name', `${people[250]},x`, 'not-a-uuid,y', `${people[251]},z`, ''].join('\n');
    const rejected = await w.vs().post(`/fairs/${fairId}/attendees.csv`).set(bearer(w.organiser)).set('Content-Type', 'text/csv').send(bad);
    expect(rejected.status).toBe(400);
    expect(rejected.body.error.details).toEqual([expect.objectContaining({ path: 'line.3.profile_id', code: 'invalid_format' })]);

    const unknown = await w.vs().post(`/fairs/${fairId}/attendees.csv`).set(bearer(w.organiser)).set('Content-Type', 'text/csv').send(`profile_id\n${people[250]}\n00000000-0000-4000-8000-000000000000\n`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details).toEqual([expect.objectContaining({ path: 'line.3.profile_id', code: 'profile_not_found' })]);
    expect((await w.vs().get(`/fairs/${fairId}`).set(bearer(w.organiser))).body.attendees).toBe(250);

    const csv = ['profile_id', ...people.slice(250), people[0]].join('\n') + '\n';
    const ok = await w.vs().post(`/fairs/${fairId}/attendees.csv`).set(bearer(w.organiser)).set('Content-Type', 'text/csv').send(csv);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ registered: ATTENDEES - 250, alreadyRegistered: 1, attendees: ATTENDEES });

    // Another organiser's key does not see the fair.
    expect((await w.vs().post(`/fairs/${fairId}/attendees`).set(bearer(w.otherOrganiser)).send({ profileIds: [people[0]] })).status).toBe(404);

    const opp = await w.vs().post(`/fairs/${fairId}/opportunities`).set(bearer(w.organiser)).send({ opportunities: [...jobsA, ...jobsB].map((opportunityId) => ({ opportunityId, interviewSlots: SLOTS })) });
    expect(opp.status).toBe(200);
    expect(opp.body.opportunities).toHaveLength(OPPORTUNITIES);
  });

  let maxTotal: { id: string; report: Record<string, any> };

  it('max_total: 202, re-posting returns the running one, progress reaches 100 and done; capacities and caps hold', async () => {
    const params = { maxInterviewsPerAttendee: CAP, minScore: 1, strategy: 'max_total' };
    const first = await shortlist(params);
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({ shortlistId: expect.any(String), created: true, poll: `/shortlists/${first.body.shortlistId}` });
    const again = await shortlist(params);
    const done = await untilDone(first.body.shortlistId);
    // Either the first was still running (the same one comes back) or it had finished already.
    if (again.body.created === false) expect(again.body.shortlistId).toBe(first.body.shortlistId);
    else expect(again.body.shortlistId).not.toBe(first.body.shortlistId);
    const jobIds: Array<{ id: string }> = await w.db.dataSource.query(`SELECT id FROM shortlists WHERE fair_id = $1 AND state = ANY('{queued,scoring,allocating}')`, [fairId]);
    expect(jobIds.length).toBeLessThanOrEqual(1);
    expect(done).toMatchObject({ state: 'done', percent: 100, chunksTotal: 2, chunksDone: 2 });
    expect(done.report).toMatchObject({ strategy: 'max_total', attendees: ATTENDEES, opportunities: OPPORTUNITIES, certifiedOptimal: true, optimalityGap: 0 });
    expect(done.report.interviews).toBeGreaterThan(0);
    expect(done.report.interviews).toBeLessThanOrEqual(SLOTS * OPPORTUNITIES);
    expect(done.report.interviewsPerAttendee).toHaveLength(CAP + 1);
    expect(done.report.interviewsPerAttendee.reduce((a: number, b: number) => a + b, 0)).toBe(ATTENDEES);
    expect(done.report.gapToBound).toBeGreaterThanOrEqual(0);
    maxTotal = { id: done.id, report: done.report };

    const rows: Array<{ opportunity_id: string; n: number }> = await w.db.dataSource.query(`SELECT opportunity_id, count(*)::int AS n FROM shortlist_assignments WHERE shortlist_id = $1 GROUP BY 1`, [done.id]);
    for (const r of rows) expect(r.n).toBeLessThanOrEqual(SLOTS);
    const perPerson: Array<{ n: number }> = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM shortlist_assignments WHERE shortlist_id = $1 GROUP BY profile_id`, [done.id]);
    for (const r of perPerson) expect(r.n).toBeLessThanOrEqual(CAP);
    expect(perPerson.length).toBe(done.report.attendeesCovered);
  });

  it('coverage_first covers at least as many attendees as max_total', async () => {
    const res = await shortlist({ maxInterviewsPerAttendee: CAP, minScore: 1, strategy: 'coverage_first' });
    expect(res.status).toBe(202);
    const done = await untilDone(res.body.shortlistId);
    expect(done.report.attendeesCovered).toBeGreaterThanOrEqual(maxTotal.report.attendeesCovered);
    expect(done.report.totalScore).toBeLessThanOrEqual(maxTotal.report.totalScore + 1e-6);
    expect(done.report.certifiedOptimal).toBe(true);
  });

  it('results.json: ranked shortlists with explanations (es), a schedule nobody is double-booked in, the fairness audit', async () => {
    const res = await w.vs().get(`/shortlists/${maxTotal.id}/results.json`).set(bearer(w.organiser)).set('Accept-Language', 'es');
    expect(res.status).toBe(200);
    const body = res.body;
    expect(body.language).toBe('es');
    expect(body.opportunities).toHaveLength(OPPORTUNITIES);
    const withEntries = body.opportunities.filter((o: any) => o.entries.length > 0);
    expect(withEntries.length).toBeGreaterThan(0);
    for (const o of body.opportunities) {
      expect(o.entries.length).toBeLessThanOrEqual(SLOTS);
      o.entries.forEach((e: any, i: number) => {
        expect(e.rank).toBe(i + 1);
        if (i > 0) expect(e.score).toBeLessThanOrEqual(o.entries[i - 1].score);
      });
      expect(new Set(o.entries.map((e: any) => e.slot)).size).toBe(o.entries.length);
    }
    const someEntry = withEntries[0].entries[0];
    expect(someEntry.explanation.length).toBeGreaterThan(0);
    expect(someEntry.startsAt).toMatch(/^2025-10-15T(09|1\d):\d\d$/);
    for (const a of body.attendees) {
      expect(a.interviews.length).toBeLessThanOrEqual(CAP);
      expect(new Set(a.interviews.map((x: any) => x.startsAt)).size).toBe(a.interviews.length);
    }
    // Typed reasons an employer may see too (the organiser sees the same: no legal or care facts).
    expect(someEntry.reasons.map((r: any) => r.code)).toContain('skills_matched');
    for (const o of withEntries) for (const e of o.entries) for (const r of e.reasons) expect(['authorisation_ends_early', 'income_gap', 'childcare_frees_care_hours', 'aspiration_match', 'demand', 'pathway']).not.toContain(r.code);
    // Nobody left out silently: every attendee has interviews or is listed unplaced with why.
    const scheduled = new Set(body.attendees.filter((a: any) => a.interviews.length > 0).map((a: any) => a.profileId));
    const unplaced = new Set(body.unplaced.map((u: any) => u.profileId));
    expect(scheduled.size + unplaced.size).toBe(ATTENDEES);
    for (const u of body.unplaced) {
      expect(scheduled.has(u.profileId)).toBe(false);
      expect(['not_scorable', 'no_eligible_opportunity', 'below_min_score', 'no_free_slot']).toContain(u.reason);
      expect(u.explanation.length).toBeGreaterThan(0);
      if (u.reason === 'no_eligible_opportunity') expect(Object.values(u.gates).some((n: any) => n > 0)).toBe(true);
    }
    // 300 attendees, 20 x 8 slots: capacity leaves some without a slot.
    expect(body.unplaced.some((u: any) => u.reason === 'no_free_slot')).toBe(true);
    expect(body.fairness.byGender.groups.map((g: any) => g.group)).toEqual(['female', 'male']);
    // Every third attendee has no gender on record (see createAttendees).
    expect(body.fairness.byGender.unlabeled).toBe(Array.from({ length: ATTENDEES }, (_, i) => i).filter((i) => i % 3 === 2).length);
    expect(body.fairness.byNationality.groups.map((g: any) => g.group)).toEqual(['CO', 'VE']);
    expect(typeof body.fairness.byNationality.fourFifthsRatio).toBe('number');
    const [{ n }] = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'restricted.fairness_audit'`);
    expect(n).toBeGreaterThanOrEqual(ATTENDEES);
  });

  it('results.csv: a header and one row per interview', async () => {
    const res = await w.vs().get(`/shortlists/${maxTotal.id}/results.csv`).set(bearer(w.organiser)).buffer(true).parse((r, cb) => {
      let text = '';
      r.on('data', (c: Buffer) => (text += c.toString('utf8')));
      r.on('end', () => cb(null, text));
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = (res.body as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe('opportunity_id,opportunity_title,rank,score,profile_id,slot,starts_at,ends_at,explanation');
    expect(lines.length - 1).toBe(maxTotal.report.interviews);
    expect(lines.slice(1).every((l) => [...jobsA, ...jobsB].some((id) => l.startsWith(id)))).toBe(true);
  });

  it('an employer sees only its own opportunity, with masked contact data; not the organiser views', async () => {
    const mine = await w.vs().get(`/shortlists/${maxTotal.id}/opportunities/${jobsA[0]}`).set(bearer(w.employerA)).set('Accept-Language', 'en');
    expect(mine.status).toBe(200);
    expect(mine.body.opportunityId).toBe(jobsA[0]);
    for (const e of mine.body.entries) {
      expect(e.contactMasked).toBe(true);
      expect(e.contact.displayName).toMatch(/^P\. \d\. A\.$/);
      expect(e.contact.email).toMatch(/^p\*\*\*@example\.org$/);
      expect(JSON.stringify(e)).not.toMatch(/gender|nationality|VE|CO"/);
    }
    expect((await w.vs().get(`/shortlists/${maxTotal.id}/opportunities/${jobsB[0]}`).set(bearer(w.employerA))).status).toBe(404);
    expect((await w.vs().get(`/shortlists/${maxTotal.id}/results.json`).set(bearer(w.employerA))).status).toBe(403);
    expect((await w.vs().get(`/shortlists/${maxTotal.id}`).set(bearer(w.otherOrganiser))).status).toBe(404);
  });

  it('cohort fill: seats respected, a waiting list per programme', async () => {
    const programmes = [
      await createJob(w, w.employerA, 1, { kind: 'apprenticeship', title: 'Aprendiz A', capacity: 4, requiresWorkAuthorisation: false, certificate: { name: 'Cert', recognisedBy: 'SETEC' } }),
      await createJob(w, w.employerB, 2, { kind: 'apprenticeship', title: 'Aprendiz B', capacity: 3, requiresWorkAuthorisation: false, certificate: { name: 'Cert', recognisedBy: 'SETEC' } }),
    ];
    const res = await w.vs().post('/cohorts').set(bearer(w.caseManager)).send({ name: 'Cohorte 1', profileIds: people.slice(0, 30), opportunityIds: programmes });
    expect(res.status).toBe(202);
    const done = await waitFor('cohort done', async () => {
      const r = await w.vs().get(`/cohorts/${res.body.id}`).set(bearer(w.caseManager));
      if (r.body.state === 'failed') throw new Error(r.body.error);
      return r.body.state === 'done' ? r.body : null;
    });
    const byId = new Map(done.programmes.map((p: any) => [p.opportunityId, p]));
    const a: any = byId.get(programmes[0]);
    const b: any = byId.get(programmes[1]);
    expect(a.placed.length).toBeLessThanOrEqual(4);
    expect(b.placed.length).toBeLessThanOrEqual(3);
    expect(done.report.placed).toBe(a.placed.length + b.placed.length);
    const placed = new Set([...a.placed, ...b.placed].map((s: any) => s.profileId));
    expect(placed.size).toBe(done.report.placed);
    expect(a.placed.length + a.waitingList.length).toBeGreaterThan(0);
    a.waitingList.forEach((s: any, i: number) => expect(s.position).toBe(i + 1));
    expect((await w.vs().get(`/cohorts/${res.body.id}`).set(bearer(w.employerA))).status).toBe(403);
  });
});
