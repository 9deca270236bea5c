import { allowWork, bearer, create, startMatchingWorld, storedOptions, waitFor, type MatchingWorld } from '../integration/demand/world';
import { job, person, SKILL } from './scorer-harness';

jest.setTimeout(120000);

const ONLY_LOGISTICS = { skills: 0, experience: 0, language: 0, credentials: 0, logistics: 1, completion: 0, aspiration: 0, demand: 0 };

/**
 * POST /match-requests + GET /match-requests/:id through HTTP, BullMQ and the scorer's processors:
 * custom weights change the order against the stored recommendations; a draft is ranked without ever
 * becoming a person; only the match request's id (and the HTTP request's id) travels in the job;
 * expired requests disappear.
 */
describe('what-if match requests', () => {
  let w: MatchingWorld;
  let skilled: string; // the person's skill, 8 km away
  let nextDoor: string; // a skill they lack, next door
  beforeAll(async () => {
    w = await startMatchingWorld('whatif');
    skilled = await create(w, 'opportunity', job({ title: 'Caja (lejos)', location: { regionCode: 'EC-P', lat: -0.108, lon: -78.47 } }));
    nextDoor = await create(w, 'opportunity', job({ title: 'Montacargas (cerca)', essentialSkills: [{ uri: SKILL.forklift, level: 'basic' }], location: { regionCode: 'EC-P', lat: -0.182, lon: -78.471 } }));
  }, 90000);
  afterAll(() => w?.close());

  const order = (ids: string[]) => ids.filter((id) => id === skilled || id === nextDoor);
  const done = (id: string, lang = 'en') =>
    waitFor('what-if done', async () => {
      const r = await w.ps().get(`/match-requests/${id}`).set(bearer(w.caseManager)).set('Accept-Language', lang);
      expect(r.status).toBe(200);
      return r.body.state === 'done' ? r.body : null;
    });

  it('custom weights change the order against the stored recommendations', async () => {
    const p = await create(w, 'profile', person());
    await allowWork(w, p);
    const stored = await waitFor('stored results', async () => {
      const o = await storedOptions(w, p);
      return o && order(o.map((x) => x.opportunityId)).length === 2 ? o : null;
    });
    expect(order(stored.map((o) => o.opportunityId))).toEqual([skilled, nextDoor]);

    const res = await w.ps().post('/match-requests').set(bearer(w.caseManager)).send({ profileId: p, weights: ONLY_LOGISTICS });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({ id: expect.any(String), poll: `/match-requests/${res.body.id}` });
    const jobData = (await w.rankQueue.getJob(`what-if-${res.body.id}`))?.data;
    expect(jobData).toEqual({ type: 'rank.what_if', matchRequestId: res.body.id, requestId: res.headers['x-request-id'] });

    const body = await done(res.body.id, 'es');
    expect(body).toMatchObject({ subject: 'profile', profileId: p, language: 'es', weights: ONLY_LOGISTICS });
    expect(order(body.items.map((i: { opportunityId: string }) => i.opportunityId))).toEqual([nextDoor, skilled]);
    expect(body.items[0].explanation.join(' ')).toMatch(/min/);
    // The stored recommendations are untouched.
    expect(order((await storedOptions(w, p))!.map((o) => o.opportunityId))).toEqual([skilled, nextDoor]);
  });

  it('a draft is ranked but never lands in profiles or the audit log; only its id is in the job', async () => {
    const counts = async () => (await w.db.dataSource.query(`SELECT (SELECT count(*) FROM profiles)::int AS profiles, (SELECT count(*) FROM audit_log)::int AS audit`))[0];
    const before = await counts();
    const draft = person();
    delete draft.personal;
    const res = await w.ps().post('/match-requests').set(bearer(w.caseManager)).send({ profileDraft: draft, authorisation: { kind: 'refugee' } });
    expect(res.status).toBe(202);
    const job = await w.rankQueue.getJob(`what-if-${res.body.id}`);
    expect(job?.data).toEqual({ type: 'rank.what_if', matchRequestId: res.body.id, requestId: res.headers['x-request-id'] });
    expect(JSON.stringify(job?.data)).not.toContain('EC-P');
    const body = await done(res.body.id);
    expect(body).toMatchObject({ subject: 'draft', profileId: null, incomplete: [] });
    expect(order(body.items.map((i: { opportunityId: string }) => i.opportunityId))).toEqual([skilled, nextDoor]);
    expect(await counts()).toEqual(before);
    const [{ n }] = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM match_results WHERE profile_id = $1`, [res.body.id]);
    expect(n).toBe(0);
    // Admins see every request (another organisation gets 404: next test).
    await w.ps().get(`/match-requests/${res.body.id}`).set(bearer(w.admin)).expect(200);
  });

  it('400: invalid weights, contact data in a draft, both or neither subject; 404 for another organisation', async () => {
    const bad = (body: object) => w.ps().post('/match-requests').set(bearer(w.caseManager)).send(body);
    const draft = person();
    delete draft.personal;
    const zero = await bad({ profileDraft: draft, weights: { ...ONLY_LOGISTICS, logistics: 0 } });
    expect(zero.status).toBe(400);
    expect(zero.body.error).toMatchObject({ code: 'invalid_weights', details: [{ path: 'weights' }] });
    expect((await bad({ profileDraft: draft, weights: { luck: 1 } })).body.error.details[0]).toMatchObject({ path: 'weights.luck' });
    expect((await bad({ profileDraft: draft, weights: { skills: -1 } })).body.error.details[0]).toMatchObject({ path: 'weights.skills' });
    expect((await bad({ profileDraft: person() })).body.error.details[0]).toMatchObject({ path: 'profileDraft.personal' });
    expect((await bad({})).status).toBe(400);
    const [{ n }] = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM match_requests`);
    expect(n).toBe(2); // only the two accepted above

    const other = await create(w, 'profile', person());
    const mine = await w.ps().post('/match-requests').set(bearer(w.caseManager)).send({ profileId: other });
    const { seedKey } = await import('../support/app');
    const stranger = await seedKey(w.db.dataSource, 'case_manager', 'ngo', 'Otra ONG');
    await w.ps().get(`/match-requests/${mine.body.id}`).set(bearer(stranger)).expect(404);
    await w.ps().post('/match-requests').set(bearer(stranger)).send({ profileId: other }).expect(404);
    await w.ps().post('/match-requests').set(bearer(w.employer)).send({ profileDraft: draft }).expect(403);
  });

  it('expired requests are gone at once and deleted by the scheduled purge', async () => {
    const draft = person();
    delete draft.personal;
    const res = await w.ps().post('/match-requests').set(bearer(w.caseManager)).send({ profileDraft: draft });
    await done(res.body.id);
    await w.db.dataSource.query(`UPDATE match_requests SET created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' WHERE id = $1`, [res.body.id]);
    await w.ps().get(`/match-requests/${res.body.id}`).set(bearer(w.caseManager)).expect(404);
    const [{ expired }] = await w.db.dataSource.query(`SELECT count(*)::int AS expired FROM match_requests WHERE expires_at <= now()`);
    const purge = await w.rankQueue.add('match_requests.purge', { type: 'match_requests.purge' });
    await waitFor('purged', async () => (await w.db.dataSource.query(`SELECT 1 FROM match_requests WHERE id = $1`, [res.body.id])).length === 0);
    expect(await waitFor('the purge result', async () => (await w.rankQueue.getJob(purge.id!))?.returnvalue ?? null)).toEqual({ purged: expired });
  });

  it('the scorer records how far it applied the outbox; the scheduled pruning deletes old sent rows up to there, never beyond', async () => {
    const reader = await waitFor('the scorer registered as an outbox reader', async () => (await w.db.dataSource.query(`SELECT reader, applied_through::bigint AS at FROM outbox_readers`))[0] ?? null);
    expect(reader.reader).toMatch(/^scorer-/);
    // Every row so far is sent and applied by the scorer; age them past the retention. A second reader
    // that has applied only up to the middle holds the rest back.
    await w.db.dataSource.query(`UPDATE outbox SET created_at = now() - interval '2 days' WHERE sent_at IS NOT NULL`);
    const ids: number[] = (await w.db.dataSource.query(`SELECT id::int AS id FROM outbox WHERE sent_at IS NOT NULL ORDER BY id`)).map((r: { id: number }) => r.id);
    expect(ids.length).toBeGreaterThan(2);
    const middle = ids[Math.floor(ids.length / 2)];
    await w.db.dataSource.query(`INSERT INTO outbox_readers (reader, applied_through) VALUES ('lagging-replica', $1)`, [middle]);
    const prune = await w.rankQueue.add('outbox.prune', { type: 'outbox.prune' });
    const outcome = await waitFor('the prune result', async () => (await w.rankQueue.getJob(prune.id!))?.returnvalue ?? null);
    expect(outcome).toEqual({ deleted: ids.filter((id) => id <= middle).length, throughId: middle });
    const left: number[] = (await w.db.dataSource.query(`SELECT id::int AS id FROM outbox WHERE sent_at IS NOT NULL ORDER BY id`)).map((r: { id: number }) => r.id);
    expect(left).toEqual(ids.filter((id) => id > middle).concat(left.filter((id) => id > ids[ids.length - 1])));
    await w.db.dataSource.query(`DELETE FROM outbox_readers WHERE reader = 'lagging-replica'`);
  });
});
