import type { CreatedApiKey } from '@app/contracts';
import { bearer } from '../../support/app';
import { caseManagerKey, createOpportunity, createPlacement, employerKey, move, seedProfiles, startVacancyService, type VacancyHarness } from './harness';

/**
 * A programme with 11 placements whose figures were computed by hand (see the table in each test).
 * Steps before `placed` are confirmed by the case manager, the rest by the employer.
 */
describe('programme report', () => {
  let h: VacancyHarness;
  let employer: CreatedApiKey;
  let cm: CreatedApiKey;
  let cm2: CreatedApiKey;
  let opportunityId: string;

  const PATHS: Record<string, Array<string | { to: string; reason: string }>> = {
    P1: [],
    P2: ['referred', { to: 'withdrawn', reason: 'schedule' }],
    P3: ['referred', { to: 'rejected', reason: 'not_a_fit' }],
    P4: ['referred', 'offered', 'placed'],
    P5: ['referred', 'offered', 'placed', 'started'],
    P6: ['referred', 'offered', 'placed', 'started', 'completed'],
    P7: ['referred', 'offered', 'placed', 'started', 'completed'],
    P8: ['referred', 'offered', 'placed', 'started', { to: 'dropped_out', reason: 'family' }],
    P9: ['referred', 'offered', 'placed', { to: 'dropped_out', reason: 'transport' }],
    P10: ['referred', 'offered', 'placed', 'started', { to: 'dropped_out', reason: 'family' }],
  };
  const OUTCOMES: Record<string, Record<string, unknown>> = {
    P6: { hiredAfterTraining: true, hiredByOrganisationId: null, employedAt3Months: true, employedAt6Months: true },
    P7: { hiredAfterTraining: false, employedAt3Months: true, employedAt6Months: false },
    P8: { employedAt3Months: false },
  };

  beforeAll(async () => {
    h = await startVacancyService('report');
    employer = await employerKey(h, 'Report employer');
    cm = await caseManagerKey(h, 'NGO one');
    cm2 = await caseManagerKey(h, 'NGO two');
    opportunityId = (await createOpportunity(h, employer, { capacity: 10 })).id;
    const people = await seedProfiles(h, cm.organisationId, 10);
    for (const [i, name] of Object.keys(PATHS).entries()) {
      const id = await createPlacement(h, cm, opportunityId, people[i]);
      for (const step of PATHS[name]) {
        const to = typeof step === 'string' ? step : step.to;
        await move(h, ['referred', 'offered', 'withdrawn'].includes(to) ? cm : employer, id, [step]);
      }
      if (OUTCOMES[name]) await h.http().put(`/placements/${id}/outcome`).set(bearer(cm)).send(OUTCOMES[name]).expect(200);
    }
    // P11: another NGO's person, completed and hired by the employer.
    const [p11] = await seedProfiles(h, cm2.organisationId, 1);
    const id11 = await createPlacement(h, cm2, opportunityId, p11);
    await move(h, cm2, id11, ['referred', 'offered']);
    await move(h, employer, id11, ['placed', 'started', 'completed']);
    await h.http().put(`/placements/${id11}/outcome`).set(bearer(employer)).send({ hiredAfterTraining: true, hiredByOrganisationId: employer.organisationId, employedAt3Months: true, wage: { amount: 520, currency: 'USD', period: 'month' } }).expect(200);
  });
  afterAll(() => h?.close());

  const ratio = (numerator: number, denominator: number, rate: number | null) => ({ numerator, denominator, rate });
  const zeroReasons = { schedule: 0, transport: 0, family: 0, left_country: 0, not_a_fit: 0, no_permit: 0, other: 0 };

  it('matches the hand-computed figures for the employer (every placement)', async () => {
    // referred or beyond: P2..P11 = 10; placed or beyond: P4..P11 = 8; started: P5,P6,P7,P8,P10,P11 = 6;
    // completed: P6,P7,P11 = 3; 3-month outcome among placed: P6 y, P7 y, P8 n, P11 y; 6-month: P6 y, P7 n;
    // hired among completed with an answer: P6 y, P7 n, P11 y.
    const expected = {
      scope: { kind: 'opportunity', id: opportunityId, restrictedTo: 'all' },
      total: 11,
      byStatus: { suggested: 1, referred: 0, interview: 0, offered: 0, placed: 1, started: 1, completed: 3, withdrawn: 1, rejected: 1, dropped_out: 3 },
      placementRate: ratio(8, 10, 0.8),
      completionRate: ratio(3, 6, 0.5),
      dropoutReasons: { ...zeroReasons, family: 2, transport: 1 },
      retention3Months: ratio(3, 4, 0.75),
      retention6Months: ratio(1, 2, 0.5),
      hiredAfterTraining: ratio(2, 3, 0.6667),
    };
    expect((await h.http().get(`/reports/opportunities/${opportunityId}`).set(bearer(employer)).expect(200)).body).toEqual(expected);
    const org = (await h.http().get(`/reports/organisations/${employer.organisationId}`).set(bearer(employer)).expect(200)).body;
    expect(org).toEqual({ ...expected, scope: { kind: 'organisation', id: employer.organisationId, restrictedTo: 'all' } });
  });

  it("gives a case manager the figures of their own people only", async () => {
    // Without P11: referred 9, placed 7, started 5, completed 2; 3 months: P6 y, P7 y, P8 n; hired: P6 y, P7 n.
    const own = (await h.http().get(`/reports/opportunities/${opportunityId}`).set(bearer(cm)).expect(200)).body;
    expect(own).toMatchObject({
      scope: { restrictedTo: 'own_people' },
      total: 10,
      placementRate: ratio(7, 9, 0.7778),
      completionRate: ratio(2, 5, 0.4),
      retention3Months: ratio(2, 3, 0.6667),
      retention6Months: ratio(1, 2, 0.5),
      hiredAfterTraining: ratio(1, 2, 0.5),
    });
    const other = (await h.http().get(`/reports/organisations/${cm2.organisationId}`).set(bearer(cm2)).expect(200)).body;
    expect(other).toMatchObject({ total: 1, placementRate: ratio(1, 1, 1), completionRate: ratio(1, 1, 1), retention6Months: ratio(0, 0, null) });
  });

  it('refuses other organisations and outcomes before placement', async () => {
    const stranger = await employerKey(h, 'Stranger');
    await h.http().get(`/reports/opportunities/${opportunityId}`).set(bearer(stranger)).expect(403);
    await h.http().get(`/reports/organisations/${employer.organisationId}`).set(bearer(stranger)).expect(403);
    await h.http().get(`/reports/organisations/${employer.organisationId}`).set(bearer(cm)).expect(403);
    const [suggested] = await h.db.dataSource.query(`SELECT id FROM placements WHERE status = 'suggested'`);
    expect((await h.http().put(`/placements/${suggested.id}/outcome`).set(bearer(cm)).send({ employedAt3Months: true }).expect(409)).body.error.code).toBe('outcome_not_applicable');
  });
});
