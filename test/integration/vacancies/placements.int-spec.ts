import type { CreatedApiKey } from '@app/contracts';
import { bearer } from '../../support/app';
import { caseManagerKey, createOpportunity, createPlacement, employerKey, move, outbox, seedProfiles, startVacancyService, type VacancyHarness } from './harness';

describe('placements: seats under concurrency, idempotency, pipeline, seat release', () => {
  let h: VacancyHarness;
  let employer: CreatedApiKey;
  let cm: CreatedApiKey;

  beforeAll(async () => {
    h = await startVacancyService('placements', '20');
    employer = await employerKey(h);
    cm = await caseManagerKey(h);
  });
  afterAll(() => h?.close());

  it('places exactly 5 of 200 people moving to placed at once on a 5-seat apprenticeship; the other 195 get 409 capacity_full', async () => {
    const opp = await createOpportunity(h, employer, { capacity: 5 });
    const people = await seedProfiles(h, cm.organisationId, 200);
    const placements: string[] = [];
    for (const person of people) placements.push(await createPlacement(h, cm, opp.id, person));
    await Promise.all(placements.map((id) => move(h, cm, id, ['referred', 'offered'])));

    const results = await Promise.all(placements.map((id) => h.http().post(`/placements/${id}/transitions`).set(bearer(employer)).send({ to: 'placed' })));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 409)).toHaveLength(195);
    for (const r of results.filter((x) => x.status === 409)) expect(r.body.error).toMatchObject({ code: 'capacity_full', message: expect.stringMatching(/seat/) });

    const [o] = await h.db.dataSource.query(`SELECT booked, capacity, status FROM opportunities WHERE id = $1`, [opp.id]);
    expect(o).toEqual({ booked: 5, capacity: 5, status: 'filled' });
    const [pl] = await h.db.dataSource.query(`SELECT count(*) FILTER (WHERE status = 'placed')::int AS placed, count(*) FILTER (WHERE holds_seat)::int AS seats, count(*) FILTER (WHERE status = 'offered')::int AS offered FROM placements WHERE opportunity_id = $1`, [opp.id]);
    expect(pl).toEqual({ placed: 5, seats: 5, offered: 195 });
    // The database refuses overbooking even past the service.
    await expect(h.db.dataSource.query(`UPDATE opportunities SET booked = booked + 1 WHERE id = $1`, [opp.id])).rejects.toThrow(/opportunities_booked_within_capacity/);
  });

  it('creates one placement for a repeated request with the same Idempotency-Key (also when the repeats race)', async () => {
    const opp = await createOpportunity(h, employer);
    const [person, other] = await seedProfiles(h, cm.organisationId, 2);
    const send = (key: string, profileId = person) => h.http().post('/placements').set(bearer(cm)).set('Idempotency-Key', key).send({ opportunityId: opp.id, profileId });
    const [a, b, c] = await Promise.all([send('k-1'), send('k-1'), send('k-1')]);
    expect([a.status, b.status, c.status].sort()).toEqual([200, 200, 201]);
    expect(new Set([a.body.id, b.body.id, c.body.id]).size).toBe(1);
    const later = await send('k-1').expect(200);
    expect(later.headers['idempotent-replayed']).toBe('true');
    expect(later.body).toEqual(a.body);
    const [{ n }] = await h.db.dataSource.query(`SELECT count(*)::int AS n FROM placements WHERE opportunity_id = $1`, [opp.id]);
    expect(n).toBe(1);
    expect((await send('k-1', other).expect(422)).body.error.code).toBe('idempotency_key_reused');
    // Without the key, the same person twice is refused by UNIQUE (opportunity, person).
    expect((await h.http().post('/placements').set(bearer(cm)).send({ opportunityId: opp.id, profileId: person }).expect(409)).body.error.code).toBe('placement_exists');
  });

  it('refuses illegal transitions with 409 illegal_transition and changes nothing', async () => {
    const opp = await createOpportunity(h, employer);
    const [person] = await seedProfiles(h, cm.organisationId, 1);
    const id = await createPlacement(h, cm, opp.id, person);
    const to = (body: Record<string, unknown>, key = cm) => h.http().post(`/placements/${id}/transitions`).set(bearer(key)).send(body);
    expect((await to({ to: 'placed' }).expect(409)).body.error).toMatchObject({ code: 'illegal_transition', message: 'A placement cannot move from suggested to placed' });
    await to({ to: 'dropped_out', reason: 'family' }).expect(409);
    await move(h, cm, id, ['referred', 'interview', 'offered']);
    await to({ to: 'referred' }).expect(409);
    await to({ to: 'completed' }).expect(409);
    await move(h, cm, id, [{ to: 'rejected', reason: 'not_a_fit' }]);
    await to({ to: 'offered' }).expect(409);
    const [row] = await h.db.dataSource.query(`SELECT status, reason, version FROM placements WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'rejected', reason: 'not_a_fit', version: 5 });
    // Exits need a typed reason; other steps take none.
    expect((await h.http().post(`/placements/${id}/transitions`).set(bearer(cm)).send({ to: 'withdrawn' }).expect(400)).body.error.details[0].path).toBe('reason');
    expect((await h.http().post(`/placements/${id}/transitions`).set(bearer(cm)).send({ to: 'withdrawn', reason: 'bored' }).expect(400)).body.error.details[0].path).toBe('reason');
  });

  it('frees the seat on a dropout, writes seat.freed and records who confirmed every step', async () => {
    const opp = await createOpportunity(h, employer, { capacity: 1 });
    const [first, second] = await seedProfiles(h, cm.organisationId, 2);
    const a = await createPlacement(h, cm, opp.id, first);
    const b = await createPlacement(h, cm, opp.id, second);
    await move(h, cm, a, ['referred', 'offered']);
    await move(h, employer, a, ['placed', 'started']);
    await move(h, cm, b, ['referred', 'offered']);
    expect((await h.http().post(`/placements/${b}/transitions`).set(bearer(employer)).send({ to: 'placed' }).expect(409)).body.error.code).toBe('capacity_full');

    await move(h, employer, a, [{ to: 'dropped_out', reason: 'transport' }]);
    const [o] = await h.db.dataSource.query(`SELECT booked, status FROM opportunities WHERE id = $1`, [opp.id]);
    expect(o).toEqual({ booked: 0, status: 'open' });
    expect(await outbox(h, 'seat.freed', 'placementId', a)).toEqual([{ payload: { type: 'seat.freed', opportunityId: opp.id, placementId: a } }]);
    expect((await outbox(h, 'placement.changed', 'placementId', a)).map((r) => r.payload.version)).toEqual([1, 2, 3, 4, 5, 6]);

    await move(h, employer, b, ['placed']);
    const history = await h.http().get(`/placements/${a}/transitions`).set(bearer(cm)).expect(200);
    expect(history.body.map((t: { to: string; confirmedByApiKeyId: string }) => [t.to, t.confirmedByApiKeyId])).toEqual([
      ['suggested', cm.id],
      ['referred', cm.id],
      ['offered', cm.id],
      ['placed', employer.id],
      ['started', employer.id],
      ['dropped_out', employer.id],
    ]);
    const audit = await h.db.dataSource.query(`SELECT action, actor_api_key_id FROM audit_log WHERE subject_id = $1 ORDER BY id`, [a]);
    expect(audit.map((r: { action: string }) => r.action)).toContain('placement.placed');
  });

  it('keeps placements of other organisations out of sight and answers 400 for bad input without writing', async () => {
    const otherCm = await caseManagerKey(h, 'Other NGO');
    const opp = await createOpportunity(h, employer);
    const [person] = await seedProfiles(h, cm.organisationId, 1);
    // Another NGO cannot propose someone else's person, nor see their placement.
    await h.http().post('/placements').set(bearer(otherCm)).send({ opportunityId: opp.id, profileId: person }).expect(404);
    const id = await createPlacement(h, cm, opp.id, person);
    await h.http().get(`/placements/${id}`).set(bearer(otherCm)).expect(404);
    // A suggestion is not shown to the employer until the person is referred.
    await h.http().get(`/placements/${id}`).set(bearer(employer)).expect(404);
    await move(h, cm, id, ['referred']);
    await h.http().get(`/placements/${id}`).set(bearer(employer)).expect(200);
    // Withdrawing is the person's side.
    await h.http().post(`/placements/${id}/transitions`).set(bearer(employer)).send({ to: 'withdrawn', reason: 'other' }).expect(403);

    const before = (await h.db.dataSource.query(`SELECT (SELECT count(*) FROM placements)::int AS p, (SELECT count(*) FROM outbox)::int AS e, (SELECT count(*) FROM idempotency_keys)::int AS k`))[0];
    const bad = await h.http().post('/placements').set(bearer(cm)).set('Idempotency-Key', 'bad-1').send({ opportunityId: 'nope', profileId: person, extra: 1 }).expect(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['extra', 'opportunityId']);
    await h.http().post('/placements').set(bearer(cm)).set('Idempotency-Key', 'bad-2').send({ opportunityId: '00000000-0000-4000-8000-000000000000', profileId: person }).expect(404);
    const outcome = await h.http().put(`/placements/${id}/outcome`).set(bearer(cm)).send({ wage: { amount: -1, currency: 'usd', period: 'fortnight' } }).expect(400);
    expect(outcome.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['wage.amount', 'wage.currency', 'wage.period']);
    const after = (await h.db.dataSource.query(`SELECT (SELECT count(*) FROM placements)::int AS p, (SELECT count(*) FROM outbox)::int AS e, (SELECT count(*) FROM idempotency_keys)::int AS k`))[0];
    expect(after).toEqual(before);
  });
});
