import type { CreatedApiKey } from '@app/contracts';
import { bearer } from '../../support/app';
import { caseManagerKey, createOpportunity, employerKey, opportunityBody, outbox, startVacancyService, type VacancyHarness } from './harness';

describe('opportunities: ownership, visibility, listing, outbox, validation', () => {
  let h: VacancyHarness;
  let alice: CreatedApiKey; // employer A
  let bob: CreatedApiKey; // employer B
  let cm: CreatedApiKey;

  beforeAll(async () => {
    h = await startVacancyService('opps');
    alice = await employerKey(h, 'Panadería Sol');
    bob = await employerKey(h, 'Logística Andina');
    cm = await caseManagerKey(h);
  });
  afterAll(() => h?.close());

  it('creates for the caller organisation, version 1, with opportunity.changed in the outbox', async () => {
    const res = await h.http().post('/opportunities').set(bearer(alice)).send(opportunityBody()).expect(201);
    expect(res.body).toMatchObject({ organisationId: alice.organisationId, status: 'open', booked: 0, capacity: 5, version: 1, replacementWindowFraction: 0.2 });
    expect(await outbox(h, 'opportunity.changed', 'opportunityId', res.body.id)).toEqual([{ payload: { type: 'opportunity.changed', opportunityId: res.body.id, version: 1 } }]);
  });

  it('keeps a draft of one employer invisible (404) to another employer and to case managers, and its writes too', async () => {
    const draft = await createOpportunity(h, alice, { status: 'draft' });
    await h.http().get(`/opportunities/${draft.id}`).set(bearer(alice)).expect(200);
    for (const k of [bob, cm]) {
      expect((await h.http().get(`/opportunities/${draft.id}`).set(bearer(k)).expect(404)).body.error.code).toBe('not_found');
      await h.http().get(`/opportunities/${draft.id}/jsonld`).set(bearer(k)).expect(404);
    }
    await h.http().patch(`/opportunities/${draft.id}`).set(bearer(bob)).send({ title: 'hijacked' }).expect(404);
    await h.http().post(`/opportunities/${draft.id}/close`).set(bearer(bob)).expect(404);
    const list = await h.http().get('/opportunities').query({ organisationId: alice.organisationId, limit: 200 }).set(bearer(bob)).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(draft.id);
    const [row] = await h.db.dataSource.query(`SELECT title, version FROM opportunities WHERE id = $1`, [draft.id]);
    expect(row).toEqual({ title: opportunityBody().title, version: 1 });
  });

  it('lets others read an open opportunity but answers 403 to another employer changing it; case managers cannot write', async () => {
    const open = await createOpportunity(h, alice);
    await h.http().get(`/opportunities/${open.id}`).set(bearer(bob)).expect(200);
    await h.http().get(`/opportunities/${open.id}`).set(bearer(cm)).expect(200);
    expect((await h.http().patch(`/opportunities/${open.id}`).set(bearer(bob)).send({ capacity: 1 }).expect(403)).body.error.code).toBe('forbidden');
    await h.http().patch(`/opportunities/${open.id}`).set(bearer(cm)).send({ capacity: 1 }).expect(403);
    await h.http().post('/opportunities').set(bearer(bob)).send(opportunityBody({ organisationId: alice.organisationId })).expect(403);
  });

  it('updates with a version bump and an event per change; a stale version is a 409', async () => {
    const o = await createOpportunity(h, alice);
    const up = await h.http().patch(`/opportunities/${o.id}`).set(bearer(alice)).send({ capacity: 7, version: 1 }).expect(200);
    expect(up.body).toMatchObject({ capacity: 7, version: 2 });
    expect((await h.http().patch(`/opportunities/${o.id}`).set(bearer(alice)).send({ capacity: 8, version: 1 }).expect(409)).body.error.code).toBe('version_conflict');
    const closed = await h.http().post(`/opportunities/${o.id}/close`).set(bearer(alice)).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', version: 3 });
    expect((await outbox(h, 'opportunity.changed', 'opportunityId', o.id)).map((r) => r.payload.version)).toEqual([1, 2, 3]);
  });

  it('answers 400 with field paths for bad input and writes nothing', async () => {
    const count = async () => (await h.db.dataSource.query(`SELECT (SELECT count(*) FROM opportunities)::int AS o, (SELECT count(*) FROM outbox)::int AS e`))[0];
    const before = await count();
    const res = await h
      .http()
      .post('/opportunities')
      .set(bearer(alice))
      .send(
        opportunityBody({
          kind: 'job',
          capacity: 0,
          colour: 'red',
          essentialSkills: [{ level: 'expert' }],
          languageMinimums: [{ tag: 'español!', level: 'B1' }],
          schedule: { mon: [8, 8], xyz: [1] },
        }),
      )
      .expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    const paths = res.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['capacity', 'colour', 'essentialSkills.0.level', 'languageMinimums.0.tag', 'schedule.mon', 'schedule.xyz']));
    // Cross-field rule: a job confers no certificate.
    const rule = await h.http().post('/opportunities').set(bearer(alice)).send(opportunityBody({ kind: 'job' })).expect(400);
    expect(rule.body.error.details.map((d: { path: string }) => d.path)).toEqual(['certificate']);
    const update = await h.http().patch(`/opportunities/${(await createOpportunity(h, alice)).id}`).set(bearer(alice)).send({ status: 'open', location: null }).expect(400);
    expect(update.body.error.details.map((d: { path: string }) => d.path)).toEqual(['location']);
    const after = await count();
    expect(after).toEqual({ o: before.o + 1, e: before.e + 1 });
  });

  it('lists with filters and a stable cursor', async () => {
    const other = await employerKey(h, 'Filter employer');
    const made = [
      await createOpportunity(h, other, { kind: 'job', certificate: null, occupation: { iscoCode: '9333' }, location: { regionCode: 'ES-MU' } }),
      await createOpportunity(h, other, { kind: 'training', occupation: { iscoCode: '7512' }, location: { regionCode: 'EC-P' } }),
      await createOpportunity(h, other, { kind: 'training', occupation: { iscoCode: '7512' }, location: { regionCode: 'EC-G' }, applicationDeadline: '2001-01-01', startDate: '2001-02-01' }),
    ];
    const q = (query: Record<string, unknown>) => h.http().get('/opportunities').query({ organisationId: other.organisationId, ...query }).set(bearer(cm)).expect(200);
    expect((await q({ kind: 'training' })).body.items.map((o: { id: string }) => o.id)).toEqual([made[1].id, made[2].id]);
    expect((await q({ region: 'EC' })).body.items).toHaveLength(2);
    expect((await q({ region: 'ES-MU' })).body.items.map((o: { id: string }) => o.id)).toEqual([made[0].id]);
    expect((await q({ occupation: '75' })).body.items).toHaveLength(2);
    expect((await q({ openNow: 'true' })).body.items.map((o: { id: string }) => o.id)).toEqual([made[0].id, made[1].id]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await q({ limit: 2, ...(cursor ? { cursor } : {}) });
      seen.push(...page.body.items.map((o) => o.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(made.map((m) => m.id));
    expect((await h.http().get('/opportunities').query({ limit: 0, kind: 'boat' }).set(bearer(cm)).expect(400)).body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['kind', 'limit']);
  });
});
