import { gateDetails, type GateDetail } from './gate-details';
import { GATE_REASONS } from './gates';
import type { EngineOpportunity, EnginePerson } from './model';
import { DAY0, GUAYAQUIL, opportunity, pair, person, training, WEEKDAYS } from './testing/builders';
import { weekGridFromRanges } from './week-grid';

function details(p: EnginePerson, o: EngineOpportunity, now = DAY0): GateDetail[] {
  const { P, O } = pair(p, o);
  return gateDetails(P, 0, O, 0, now);
}
const eligibility = (over: Partial<EnginePerson['eligibility']>) => ({ mayWork: true, mayTrain: true, authorisationKind: null, authorisationEndsAt: null, isAdult: true, ...over });

describe('gate details: every gate with the facts behind it', () => {
  const cases: Array<[string, EnginePerson, EngineOpportunity, GateDetail]> = [
    ['not_open', person(), opportunity({ status: 'closed' }), { code: 'not_open' }],
    ['not_authorised_work', person({ eligibility: eligibility({ mayWork: false, authorisationKind: 'asylum_applicant' }) }), opportunity(), { code: 'not_authorised_work', authorisationKind: 'asylum_applicant' }],
    ['not_authorised_training', person({ eligibility: eligibility({ mayTrain: false, authorisationKind: 'tourist' }) }), training(), { code: 'not_authorised_training', authorisationKind: 'tourist' }],
    [
      'authorisation_kind_not_accepted',
      person({ eligibility: eligibility({ authorisationKind: 'humanitarian_visa' }) }),
      opportunity({ acceptedAuthorisationKinds: ['temporary_residence', 'permanent_residence'] }),
      { code: 'authorisation_kind_not_accepted', authorisationKind: 'humanitarian_visa', accepted: ['permanent_residence', 'temporary_residence'] },
    ],
    [
      'permit_ends_before',
      person({ eligibility: eligibility({ authorisationKind: 'x', authorisationEndsAt: DAY0 + 20 }) }),
      training({ startDate: DAY0 + 30, durationWeeks: 10 }),
      { code: 'permit_ends_before', endsAt: DAY0 + 20, startsAt: DAY0 + 30, programmeEndsAt: DAY0 + 100 },
    ],
    ['minimum_age', person({ eligibility: eligibility({ isAdult: false }) }), opportunity(), { code: 'minimum_age', minimumAge: 18 }],
    ['deadline_passed', person(), opportunity({ applicationDeadline: DAY0 - 1 }), { code: 'deadline_passed', deadline: DAY0 - 1 }],
    ['capacity_full', person(), opportunity({ capacity: 12, booked: 12 }), { code: 'capacity_full', capacity: 12, booked: 12 }],
    ['programme_started', person(), training({ startDate: DAY0 - 30, durationWeeks: 10 }), { code: 'programme_started', startDate: DAY0 - 30, joinBy: DAY0 - 16 }],
    ['starts_before_available', person({ earliestStart: DAY0 + 40 }), training({ startDate: DAY0 + 14, durationWeeks: 10 }), { code: 'starts_before_available', joinBy: DAY0 + 28, earliestStart: DAY0 + 40 }],
    ['excluded_sector', person({ aspirations: { ...person().aspirations, excludedSectors: ['83'] } }), opportunity({ iscoGroup: '8344' }), { code: 'excluded_sector', sector: '83' }],
    ['excluded_sector (code)', person({ aspirations: { ...person().aspirations, excludedSectors: ['mining'] } }), opportunity({ sector: 'mining' }), { code: 'excluded_sector', sector: 'mining' }],
    ['no_digital_access', person({ digitalAccess: { device: false, connectivity: true } }), opportunity({ mode: 'remote', location: null }), { code: 'no_digital_access', needs: ['device'], onlineSessions: 'all' }],
    ['not_accessible', person({ limitedMobility: true }), opportunity(), { code: 'not_accessible' }],
    ['commute_too_long', person(), opportunity({ location: GUAYAQUIL }), { code: 'commute_too_long', minutes: expect.any(Number) as unknown as number, maxMinutes: 60, mode: 'public_transport' }],
    [
      'schedule_conflict',
      person({ availability: weekGridFromRanges([{ days: WEEKDAYS, from: 7, to: 14 }]) }),
      opportunity({ schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 10, to: 16 }]) }),
      { code: 'schedule_conflict', day: 0, from: 14, to: 16, hours: 10, careHours: 0, resolvedBy: null },
    ],
    [
      'language_below_minimum',
      person({ languages: [{ tag: 'es', level: 7 }, { tag: 'en', level: 1 }] }),
      opportunity({ languageMinimums: [{ tag: 'es', level: 4, hard: true }, { tag: 'en', level: 4, hard: true }] }),
      { code: 'language_below_minimum', language: 'en', required: 4, has: 1 },
    ],
  ];

  it.each(cases)('%s', (_name, p, o, want) => {
    expect(details(p, o)).toContainEqual(want);
  });

  it('covers every gate the engine has', () => {
    const covered = new Set(cases.map(([, , , d]) => d.code));
    expect([...GATE_REASONS].filter((g) => !covered.has(g))).toEqual([]);
  });

  it('the commute minutes are the gate\'s own estimate, above the maximum', () => {
    const [d] = details(person(), opportunity({ location: GUAYAQUIL }));
    expect(d.code).toBe('commute_too_long');
    if (d.code === 'commute_too_long') expect(d.minutes).toBeGreaterThan(600);
  });

  it('a pair that passes has no details; several failing gates give several, in evaluation order', () => {
    expect(details(person(), opportunity())).toEqual([]);
    expect(details(person(), opportunity({ status: 'closed', capacity: 1, booked: 1 })).map((d) => d.code)).toEqual(['not_open', 'capacity_full']);
  });
});
