import { Queue, QueueEvents } from 'bullmq';
import { bullConnection, QUEUES } from '@app/messaging';
import { seedKey } from '../support/app';
import { TEST_REDIS_URL } from '../support/env';
import { queuesIdle as queuesIdleOn } from '../support/queues-idle';
import { allowWork, bearer, createOpportunity, createProfile, currentVersion, job, person, SKILL, sleep, startWorld, storedResults, waitFor, type World } from './scorer-harness';

jest.setTimeout(180000);

/**
 * End to end: HTTP writes -> outbox (same transaction) -> relay (in the scorer) -> BullMQ -> the scorer's
 * index and ranking -> match_results -> HTTP reads, against real PostgreSQL and Redis, with the scorer
 * running as the compiled app in its own process.
 */
describe('scorer flow', () => {
  let w: World;
  let cashierJob: string;

  beforeAll(async () => {
    w = await startWorld('scorerflow');
    cashierJob = (await createOpportunity(w, job())).id;
  }, 120000);
  afterAll(() => w?.close());

  const recommendations = (id: string, query = '', lang = 'en') => w.ps().get(`/profiles/${id}/recommendations${query}`).set(bearer(w.caseManager)).set('Accept-Language', lang);

  async function freshRecommendations(id: string, query = '', lang = 'en') {
    const version = await currentVersion(w, id);
    return waitFor('fresh recommendations', async () => {
      const r = await recommendations(id, query, lang);
      if (r.status === 202) expect(r.body).toMatchObject({ jobId: expect.any(String), poll: `/profiles/${id}/recommendations${query}` });
      return r.status === 200 && r.body.profileVersion === version ? r.body : null;
    });
  }

  const scoreOf = (body: { items: Array<{ opportunityId: string; score: number }> }, id: string) => body.items.find((i) => i.opportunityId === id)?.score;

  const queuesIdle = () => queuesIdleOn(w.config.QUEUE_PREFIX);

  it('a profile change updates its recommendations (without anyone asking for them)', async () => {
    const p = await createProfile(w);
    await allowWork(w, p.id);
    const first = await freshRecommendations(p.id);
    const before = scoreOf(first, cashierJob);
    expect(before).toBeGreaterThan(0);

    const patched = await w.ps().patch(`/profiles/${p.id}`).set(bearer(w.caseManager)).send({
      skills: [
        { concept: SKILL.cashRegister, level: 'advanced', evidence: 'certified' },
        { concept: SKILL.customerService, level: 'advanced', evidence: 'certified' },
      ],
    });
    expect(patched.status).toBe(200);
    const version = patched.body.version;
    // The scorer re-ranks on the event alone: the stored row reaches the new version with nobody polling.
    await waitFor('results at the new version', async () => (await storedResults(w, p.id))?.profile_version === version);
    const res = await recommendations(p.id, '', 'es');
    expect(res.status).toBe(200);
    expect(res.body.profileVersion).toBe(version);
    expect(scoreOf(res.body, cashierJob)).toBeGreaterThan(before!);
    const item = res.body.items.find((i: { opportunityId: string }) => i.opportunityId === cashierJob);
    expect(item.title).toBe('Cajera/o de supermercado');
    expect(res.body.language).toBe('es');
    expect(item.explanation.join(' | ')).toMatch(/habilidades esenciales: operate cash register|habilidades esenciales: .*caja/i);
  });

  it('a new vacancy shows up for fitting people, and not for people it does not fit', async () => {
    const fits = await createProfile(w);
    await allowWork(w, fits.id);
    const far = await createProfile(w, person({ location: { regionCode: 'EC-G', lat: -2.19, lon: -79.88 } }));
    await allowWork(w, far.id);
    await freshRecommendations(fits.id);
    await freshRecommendations(far.id);

    const newJob = (await createOpportunity(w, job({ title: 'Cajero/a de farmacia' }))).id;
    await waitFor('the new vacancy in the stored results', async () => (await storedResults(w, fits.id))?.results.options.some((o) => o.opportunityId === newJob));
    const res = await recommendations(fits.id, '?kind=job&limit=5');
    expect(res.status).toBe(200);
    expect(res.body.items.map((i: { opportunityId: string }) => i.opportunityId)).toContain(newJob);
    expect(res.body.items.every((i: { kind: string }) => i.kind === 'job')).toBe(true);
    expect((await storedResults(w, far.id))!.results.options.some((o) => o.opportunityId === newJob)).toBe(false);
  });

  it('excluded=true adds gated-out options with their reasons, rendered', async () => {
    const weekend = (await createOpportunity(w, job({ title: 'Cajero/a fines de semana', schedule: { sat: [18, 19, 20, 21], sun: [18, 19, 20, 21] } }))).id;
    const p = await createProfile(w);
    await allowWork(w, p.id);
    await waitFor('ranked with the weekend job excluded', async () => {
      const r = await recommendations(p.id, '?excluded=true');
      return r.status === 200 && r.body.excluded?.some((e: { opportunityId: string }) => e.opportunityId === weekend) ? r.body : null;
    }).then((body) => {
      const e = body.excluded.find((x: { opportunityId: string }) => x.opportunityId === weekend);
      // A typed reason with the first conflicting block, and the sentence says it.
      expect(e.reasons).toEqual([{ code: 'schedule_conflict', day: 'sat', from: 18, to: 22, hours: 8, careHours: 0, resolvedBy: null }]);
      expect(e.explanation).toEqual(['The schedule clashes with 8 hours a week when you are not available (first on Saturday from 18:00 to 22:00)']);
      // Every open opportunity is accounted for: ranked or excluded.
      expect(body.accounting.open).toBe(body.accounting.eligible + body.accounting.excluded);
      expect(body.accounting.byReason.schedule_conflict).toBeGreaterThanOrEqual(1);
    });
    // Computed on request by the scorer (rank.page with the accounting), not with every ranking: nothing of it is stored.
    const plain = await freshRecommendations(p.id);
    expect(plain.excluded).toBeNull();
    const [{ excluded }] = await w.db.dataSource.query(`SELECT excluded FROM match_results WHERE profile_id = $1`, [p.id]);
    expect(excluded).toBeNull();
  });

  it('a missing skill names the course covering it; the default page (stored apart) equals the top of the whole list', async () => {
    const forkliftJob = (await createOpportunity(w, job({ title: 'Auxiliar de bodega', essentialSkills: [{ uri: SKILL.cashRegister, level: 'basic' }, { uri: SKILL.forklift, level: 'basic' }] }))).id;
    const course = (
      await createOpportunity(
        w,
        job({ kind: 'training', title: 'Curso de montacargas', essentialSkills: [], optionalSkills: [], skillsConferred: [{ uri: SKILL.forklift, level: 'intermediate' }], requiresWorkAuthorisation: false }),
      )
    ).id;
    const p = await createProfile(w);
    await allowWork(w, p.id);
    const top = await waitFor('ranked with the course indexed', async () => {
      const body = await freshRecommendations(p.id);
      const item = body.items.find((i: { opportunityId: string }) => i.opportunityId === forkliftJob);
      return item?.reasons.some((r: { code: string; coveredBy?: Array<{ opportunityId: string }> }) => r.code === 'missing_essential_skill' && r.coveredBy?.some((c) => c.opportunityId === course)) ? body : null;
    });
    const item = top.items.find((i: { opportunityId: string }) => i.opportunityId === forkliftJob);
    expect(item.explanation.join(' | ')).toContain('Curso de montacargas');
    // Stored once per document, not once per option: the option's own list is empty in the row.
    const [{ results }] = await w.db.dataSource.query(`SELECT results FROM match_results WHERE profile_id = $1`, [p.id]);
    const stored = results.options.find((o: { opportunityId: string }) => o.opportunityId === forkliftJob);
    const missing = stored.reasons.find((r: { code: string }) => r.code === 'skills_missing');
    expect(missing.skills.every((sk: { coveredBy: string[] }) => sk.coveredBy.length === 0)).toBe(true);
    expect(Object.values(results.coveredBy).flat()).toContain(course);
    expect(results.courseTitles[course]).toBe('Curso de montacargas'); // the page needs no read of the course's title
    // Re-ranks after a change store the default page only ...
    await queuesIdle();
    const completeOf = async () => (await w.db.dataSource.query(`SELECT complete, profile_version FROM match_results WHERE profile_id = $1`, [p.id]))[0];
    expect(await completeOf()).toEqual({ complete: false, profile_version: top.profileVersion });
    // ... limit=50 asks the scorer for every kind's lists once (within the request's wait) and reads the
    // whole document; its first items are the default page's, field for field.
    const whole = await recommendations(p.id, '?limit=50');
    expect(whole.status).toBe(200);
    expect(whole.body.items.slice(0, top.items.length)).toEqual(top.items);
    expect(await completeOf()).toEqual({ complete: true, profile_version: top.profileVersion });
    const trainings = await recommendations(p.id, '?kind=training');
    expect(trainings.status).toBe(200);
    expect(trainings.body.items.map((i: { opportunityId: string }) => i.opportunityId)).toContain(course);
    // The default page, read again from the complete row, is still the same page.
    expect((await recommendations(p.id)).body.items).toEqual(top.items);
    // A course renamed: the people whose results name it are re-ranked, and the stored title follows.
    await w.vs().patch(`/opportunities/${course}`).set(bearer(w.employer)).send({ title: 'Montacargas, nivel 1' }).expect(200);
    await waitFor('the renamed course in the explanation', async () => {
      const r = await recommendations(p.id);
      const explained = r.body.items?.find((i: { opportunityId: string }) => i.opportunityId === forkliftJob)?.explanation?.join(' | ') ?? '';
      return explained.includes('Montacargas, nivel 1');
    });
  });

  it('who may read recommendations: the owning organisation and admins; another organisation 404, an employer 403, no matching consent 409', async () => {
    const p = await createProfile(w);
    await allowWork(w, p.id);
    await freshRecommendations(p.id);
    const admin = await seedKey(w.db.dataSource, 'admin');
    const otherNgo = await seedKey(w.db.dataSource, 'case_manager', 'ngo', 'Otra ONG');
    expect((await w.ps().get(`/profiles/${p.id}/recommendations`).set(bearer(admin))).status).toBe(200);
    const stranger = await w.ps().get(`/profiles/${p.id}/recommendations`).set(bearer(otherNgo));
    expect(stranger.status).toBe(404);
    expect(stranger.body.error.code).toBe('not_found');
    expect((await w.ps().get(`/profiles/${p.id}/recommendations`).set(bearer(w.employer))).status).toBe(403);
    await w.ps().patch(`/profiles/${p.id}`).set(bearer(w.caseManager)).send({ consent: { scopes: ['visible_to_employers'], givenAt: '2025-05-20' } }).expect(200);
    const refused = await recommendations(p.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('no_matching_consent');
  });

  it('a rendered page is answered again only while the stored results are the same: a vacancy title change shows at once', async () => {
    const shop = (await createOpportunity(w, job({ title: 'Cajera/o de minimarket' }))).id;
    const p = await createProfile(w);
    await allowWork(w, p.id);
    const titleOf = (body: { items: Array<{ opportunityId: string; title: string }> }) => body.items.find((i) => i.opportunityId === shop)?.title;
    const first = await waitFor('ranked with the shop', async () => {
      const body = await freshRecommendations(p.id, '', 'es');
      return titleOf(body) ? body : null;
    });
    // The same page, byte for byte, on a second read of the same stored results (once the re-ranks earlier
    // steps caused are done: a re-rank re-renders the page, never serves it stale).
    await queuesIdle();
    let previous = JSON.stringify(first);
    const again = await waitFor('two reads of the same stored results', async () => {
      const r = await recommendations(p.id, '', 'es');
      const same = r.text === previous;
      previous = r.text;
      return same ? r : null;
    });
    // Sent gzipped to a client that accepts it (superagent does, and inflates), plain to one that does not.
    expect(again.headers['content-encoding']).toBe('gzip');
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.headers.vary).toMatch(/Accept-Encoding/);
    const plain = await recommendations(p.id, '', 'es').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.text).toBe(again.text);
    expect(Number(plain.headers['content-length'])).toBeGreaterThan(3 * Number(again.headers['content-length']));
    // Its ETag names what it was rendered from: sent back, the answer is 304 while nothing changed.
    const etag = again.headers.etag;
    expect(etag).toMatch(/^W\/"[A-Za-z0-9_-]+"$/);
    expect((await recommendations(p.id, '', 'es').set('If-None-Match', etag)).status).toBe(304);
    expect((await recommendations(p.id, '', 'en').set('If-None-Match', etag)).status).toBe(200); // another language, another page
    // A page rendered for one organisation is no shortcut for another: the access check comes first.
    const otherNgo = await seedKey(w.db.dataSource, 'case_manager', 'ngo', 'ONG vecina');
    expect((await w.ps().get(`/profiles/${p.id}/recommendations`).set(bearer(otherNgo)).set('Accept-Language', 'es')).status).toBe(404);
    await w.vs().patch(`/opportunities/${shop}`).set(bearer(w.employer)).send({ title: 'Cajera/o de minimarket (turno mañana)' }).expect(200);
    await waitFor('the new title in the page', async () => titleOf((await recommendations(p.id, '', 'es')).body) === 'Cajera/o de minimarket (turno mañana)');
    const changed = await recommendations(p.id, '', 'es').set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(changed.body.computedAt).not.toBe(first.computedAt);
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('a profile-caused rank job that stored results already answer computes nothing; a vacancy-caused one ranks again', async () => {
    const p = await createProfile(w);
    await allowWork(w, p.id);
    await freshRecommendations(p.id);
    const connection = bullConnection(TEST_REDIS_URL);
    const rank = new Queue(QUEUES.rank, { connection, prefix: w.config.QUEUE_PREFIX });
    const events = new QueueEvents(QUEUES.rank, { connection, prefix: w.config.QUEUE_PREFIX });
    try {
      await events.waitUntilReady();
      const run = async (cause: string) => {
        const added = await rank.add('rank.profile', { type: 'rank.profile', profileId: p.id, cause });
        return ((await added.waitUntilFinished(events, 60000)) as { outcome: string }).outcome;
      };
      expect(await run('request')).toBe('fresh');
      expect(await run('profile')).toBe('fresh');
      expect(await run('startup')).toBe('fresh');
      // Results of another taxonomy (an import since) answer nothing: ranked again. First let the background
      // re-ranks earlier steps caused finish, so none rewrites the row between the update and the job.
      await queuesIdle();
      await w.db.dataSource.query(`UPDATE match_results SET taxonomy_version = 'before-an-import' WHERE profile_id = $1`, [p.id]);
      expect(await run('request')).toBe('ranked');
      expect(await run('request')).toBe('fresh');
      expect(await run('opportunity')).toBe('ranked');
      expect(await run('demand')).toBe('ranked');
    } finally {
      await events.close();
      await rank.close();
    }
  });

  it('counterfactual: gender, nationality and date of birth (still adult) change no stored score', async () => {
    const p = await createProfile(w);
    await allowWork(w, p.id, { gender: 'female', nationality: 'VE', dateOfBirth: '1990-04-02' });
    await freshRecommendations(p.id);
    const before = (await storedResults(w, p.id))!;
    await allowWork(w, p.id, { gender: 'male', nationality: 'CO', dateOfBirth: '1971-11-30' });
    const version = await currentVersion(w, p.id);
    expect(version).toBeGreaterThan(before.profile_version);
    await waitFor('results at the new version', async () => (await storedResults(w, p.id))?.profile_version === version);
    const after = (await storedResults(w, p.id))!;
    expect(after.results.options.length).toBeGreaterThan(0);
    expect(after.results.options).toEqual(before.results.options);
  });

  it('an employer sees only consenting candidates, contact masked until referred', async () => {
    const visible = await createProfile(w, person({ personal: { displayName: 'Ana Lucía Pérez', phone: '+593 98 765 4321', email: 'ana@example.org' } }));
    await allowWork(w, visible.id);
    const hidden = await createProfile(w, person({ consent: { scopes: ['matching'], givenAt: '2025-05-20' } }));
    await allowWork(w, hidden.id);
    await freshRecommendations(visible.id);
    await freshRecommendations(hidden.id);

    const candidates = () =>
      waitFor('candidates', async () => {
        const r = await w.vs().get(`/opportunities/${cashierJob}/candidates?limit=50`).set(bearer(w.employer));
        if (r.status !== 200 && r.status !== 202) throw new Error(`candidates: ${r.status} ${JSON.stringify(r.body)}`);
        return r.status === 200 ? r.body : null;
      });
    const body = await candidates();
    const ids = body.items.map((c: { profileId: string }) => c.profileId);
    expect(ids).toContain(visible.id);
    expect(ids).not.toContain(hidden.id);
    const ana = body.items.find((c: { profileId: string }) => c.profileId === visible.id);
    expect(ana.contactMasked).toBe(true);
    expect(ana.contact).toEqual({ displayName: 'A. L. P.', phone: '+*** ** *** **21', email: 'a***@example.org' });
    expect(JSON.stringify(body)).not.toMatch(/gender|nationality|dateOfBirth|authorisation/i);

    await w.vs().get(`/opportunities/${cashierJob}/candidates`).set(bearer(w.otherEmployer)).expect(403);
    await w.vs().get(`/opportunities/${cashierJob}/candidates`).set(bearer(w.caseManager)).expect(403);

    const placement = await w.vs().post('/placements').set(bearer(w.caseManager)).send({ opportunityId: cashierJob, profileId: visible.id });
    expect(placement.status).toBe(201);
    await w.vs().post(`/placements/${placement.body.id}/transitions`).set(bearer(w.caseManager)).send({ to: 'referred' }).expect(200);
    const after = (await candidates()).items.find((c: { profileId: string }) => c.profileId === visible.id);
    expect(after.contactMasked).toBe(false);
    expect(after.contact).toEqual({ displayName: 'Ana Lucía Pérez', phone: '+593 98 765 4321', email: 'ana@example.org' });
    expect(after.placementStatus).toBe('referred');
  });

  it('killing the scorer mid-batch and restarting it loses no update and duplicates none', async () => {
    const N = 200;
    const ids: string[] = [];
    for (let i = 0; i < N; i++) ids.push((await createProfile(w, person({ earliestStart: '2025-02-01' }))).id);
    const allAtLatest = async () => {
      const [{ n }] = await w.db.dataSource.query(
        `SELECT count(*)::int AS n FROM profiles p JOIN match_results r ON r.profile_id = p.id AND r.profile_version = p.version WHERE p.id = ANY($1::uuid[])`,
        [ids],
      );
      return n as number;
    };
    await waitFor('first results for everyone', async () => (await allAtLatest()) === N, 120000);

    // A batch of changes; the scorer dies while working through it. On a fast machine (or a slow HTTP
    // side) the scorer may finish the whole batch before the kill lands; then the round is repeated,
    // because a kill after the batch proves nothing.
    let killedMidBatch = false;
    for (let round = 1; round <= 4 && !killedMidBatch; round++) {
      if (round > 1) {
        await w.scorer.start();
        await waitFor('the previous round settled', async () => (await allAtLatest()) === N, 120000);
      }
      await Promise.all(
        ids.map((id) => w.ps().patch(`/profiles/${id}`).set(bearer(w.caseManager)).send({ needsIncomeDuringTraining: round % 2 === 1 }).expect(200)),
      );
      await w.scorer.kill();
      killedMidBatch = (await allAtLatest()) < N;
    }
    expect(killedMidBatch).toBe(true);

    await sleep(500);
    await w.scorer.start();
    await waitFor('every update after the restart', async () => (await allAtLatest()) === N, 120000);

    // Exactly one row per person, at the latest version; nothing failed for good.
    const [{ rows, latest }] = await w.db.dataSource.query(
      `SELECT count(*)::int AS rows, count(*) FILTER (WHERE r.profile_version = p.version)::int AS latest FROM match_results r JOIN profiles p ON p.id = r.profile_id WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
    expect({ rows, latest }).toEqual({ rows: N, latest: N });
    const [{ unsent }] = await w.db.dataSource.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
    expect(unsent).toBe(0);
    const events = new Queue(QUEUES.events, { connection: bullConnection(TEST_REDIS_URL), prefix: w.config.QUEUE_PREFIX });
    try {
      const failed = await events.getFailed();
      expect(failed.map((j) => j.failedReason)).toEqual([]);
    } finally {
      await events.close();
    }
  });
});
