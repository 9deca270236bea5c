import type { ProfileMatchingView } from '@app/contracts';
import { hasHour } from '@app/matching';
import { epochDay, opportunityToEngine, personToEngine, weekHoursToGrid, type OpportunityForMatching } from './engine-mapping';

const SKILL = 'http://data.europa.eu/esco/skill/aaaaaaaa-0000-0000-0000-000000000001';
const OCC = 'http://data.europa.eu/esco/occupation/bbbbbbbb-0000-0000-0000-000000000001';
const ids = { skill: (u: string) => (u === SKILL ? 7 : -1), occupation: (u: string) => (u === OCC ? 3 : -1) };

function view(overrides: Partial<ProfileMatchingView['sections']> = {}): ProfileMatchingView {
  return {
    id: '11111111-1111-1111-1111-111111111111',
    organisationId: '22222222-2222-2222-2222-222222222222',
    version: 4,
    facts: { mayWork: true, mayTrain: true, authorisationKind: 'refugee', authorisationEndsAt: '2026-01-31', isAdult: true, recorded: true },
    sections: {
      skills: [
        { concept: SKILL, level: 'advanced', evidence: 'certified' },
        { label: 'repostería', level: 'basic', evidence: 'self_declared' },
      ],
      experience: [{ occupation: OCC, iscoCode: '7512', months: 30, formality: 'informal' }],
      qualifications: [{ title: 'Bachiller', eqf: 4, recognition: 'in_progress' }],
      languages: [{ tag: 'es', level: 'native' }, { tag: 'en', level: 'B1' }],
      location: { regionCode: 'EC-P', lat: -0.18, lon: -78.47 },
      transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 45, canUseTransportAllowance: true },
      availability: { hours: { mon: [8, 9], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, words: { days: ['mon'], periods: ['morning'] }, wordsExact: false },
      careDuties: { hours: { mon: [], tue: [], wed: [15], thu: [], fri: [], sat: [], sun: [] }, words: { days: ['wed'], periods: ['afternoon'] }, wordsExact: false, kinds: ['children'] },
      digitalAccess: { device: 'none', connectivity: 'mobile_data' },
      limitedMobility: false,
      needsIncomeDuringTraining: true,
      earliestStart: '2025-09-01',
      aspirations: { preferredOccupations: [{ occupation: OCC }, { label: 'pastelera', iscoCode: '7512' }], excludedSectors: ['5414'], preferredPathway: 'apprenticeship' },
      consent: { scopes: ['matching'], givenAt: '2025-05-20', withdrawnAt: null, withdrawable: true },
      ...overrides,
    },
  };
}

describe('profile matching view -> EnginePerson', () => {
  it('maps ids, levels, grids, dates and derived facts; unresolved labels are left out', () => {
    const p = personToEngine(view(), ids)!;
    expect(p.skills).toEqual([{ skillId: 7, level: 3, evidence: 'certified' }]);
    expect(p.experience).toEqual([{ occupationId: 3, iscoGroup: '7512', months: 30, formal: false, abroad: false }]);
    expect(p.languages).toEqual([{ tag: 'es', level: 7 }, { tag: 'en', level: 3 }]);
    expect(hasHour(p.availability, 8)).toBe(true);
    expect(hasHour(p.careHours, 2 * 24 + 15)).toBe(true);
    expect(p.digitalAccess).toEqual({ device: false, connectivity: true });
    expect(p.earliestStart).toBe(epochDay('2025-09-01'));
    expect(p.aspirations).toEqual({ preferredOccupationIds: [3], preferredIscoGroups: ['7512'], preferredSectors: [], excludedSectors: ['5414'], preferredPathway: 'apprenticeship' });
    expect(p.eligibility).toEqual({ mayWork: true, mayTrain: true, authorisationKind: 'refugee', authorisationEndsAt: epochDay('2026-01-31'), isAdult: true });
  });

  it('experience in another country than the one the person lives in is marked abroad; preferred sectors pass through', () => {
    const p = personToEngine(
      view({
        experience: [
          { occupation: OCC, months: 72, formality: 'formal', country: 'VE' },
          { occupation: OCC, months: 6, formality: 'informal', country: 'EC' },
          { occupation: OCC, months: 3, formality: 'informal' },
        ],
        aspirations: { preferredSectors: ['C10', '75'] },
      }),
      ids,
    )!;
    expect(p.experience.map((x) => x.abroad)).toEqual([true, false, false]);
    expect(p.aspirations.preferredSectors).toEqual(['C10', '75']);
  });

  it('holds no gender, nationality or birth date (the view has none to give)', () => {
    const keys = JSON.stringify(personToEngine(view(), ids));
    expect(keys).not.toMatch(/gender|nationality|dateOfBirth|birth/i);
  });

  it('cannot rank a person without coordinates (null), and defaults missing transport to walking an hour', () => {
    expect(personToEngine(view({ location: { regionCode: 'EC-P' } }), ids)).toBeNull();
    expect(personToEngine(view({ transport: null }), ids)!.transport).toEqual({ modes: ['walk'], maxCommuteMinutes: 60, canUseTransportAllowance: false });
  });
});

describe('opportunity row -> EngineOpportunity', () => {
  const row: OpportunityForMatching = {
    id: '33333333-3333-3333-3333-333333333333',
    organisationId: '22222222-2222-2222-2222-222222222222',
    kind: 'training',
    status: 'filled',
    occupationUri: OCC,
    iscoCode: '7512',
    sector: 'C10',
    essentialSkills: [{ uri: SKILL, level: 'intermediate' }, { label: 'amasar', level: 'basic' }],
    optionalSkills: [],
    languageMinimums: [{ tag: 'es', level: 'B1', hard: true }],
    minEqf: null,
    acceptsUnrecognisedCredentials: true,
    mode: 'on_site',
    regionCode: 'EC-P',
    lat: -0.2,
    lon: -78.5,
    schedule: { mon: [8, 9], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] },
    onlineSchedule: null,
    hoursPerWeek: 2,
    startDate: '2025-10-01',
    durationWeeks: 10,
    applicationDeadline: null,
    capacity: 5,
    booked: 3,
    supports: { childcareOnSite: true, transportAllowance: false, pay: { kind: 'stipend', amount: 100, currency: 'USD', period: 'month' }, languageSupport: false, accessibility: false, deviceLoan: false },
    requiresWorkAuthorisation: false,
    acceptedAuthorisationKinds: [],
    adultsOnly: true,
    skillsConferred: [{ uri: SKILL, level: 'advanced' }],
    leadsToSelfEmployment: false,
    replacementWindowFraction: 0.2,
  };

  it('maps skills, dates, supports; a filled one stays open with every seat booked (the capacity gate explains it)', () => {
    const o = opportunityToEngine(row, ids, 100);
    expect(o.essentialSkills).toEqual([{ skillId: 7, level: 2 }]);
    expect(o.skillsConferred).toEqual([{ skillId: 7, level: 3 }]);
    expect(o.occupationId).toBe(3);
    expect(o.languageMinimums).toEqual([{ tag: 'es', level: 3, hard: true }]);
    expect(o.startDate).toBe(epochDay('2025-10-01'));
    expect(o.endDate).toBe(epochDay('2025-10-01') + 70);
    expect(o.supports).toMatchObject({ childcare: true, stipend: true });
    expect(o.status).toBe('open');
    expect(o.booked).toBe(5);
    expect(o.location).toEqual({ lat: -0.2, lon: -78.5, regionCode: 'EC-P' });
  });

  it('a missing start date means "starts today"; a closed one is closed', () => {
    const o = opportunityToEngine({ ...row, startDate: null, status: 'closed' }, ids, 100);
    expect(o.startDate).toBe(100);
    expect(o.status).toBe('closed');
  });

  it('a hybrid opportunity\'s online hours become a grid; a home-based one keeps its mode', () => {
    const o = opportunityToEngine({ ...row, mode: 'hybrid', onlineSchedule: { mon: [9], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }, ids, 100);
    expect(o.mode).toBe('hybrid');
    expect(hasHour(o.onlineSchedule!, 9)).toBe(true);
    expect(hasHour(o.onlineSchedule!, 8)).toBe(false);
    expect(opportunityToEngine({ ...row, mode: 'home_based', lat: null, lon: null }, ids, 100)).toMatchObject({ mode: 'home_based', location: null, onlineSchedule: null });
  });

  it('week hours become the engine grid (Monday = 0)', () => {
    const g = weekHoursToGrid({ sun: [23] });
    expect(hasHour(g, 6 * 24 + 23)).toBe(true);
    expect(hasHour(g, 0)).toBe(false);
  });
});
