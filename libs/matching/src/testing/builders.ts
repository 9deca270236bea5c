/**
 * Test builders: a plausible person and opportunity with every field set, overridable per test.
 * Only specs import this file. Coordinates are Quito (and places around it).
 */
import type { EngineOpportunity, EnginePerson } from '../model';
import { emptyWeekGrid, weekGridFromRanges } from '../week-grid';

export const QUITO = { lat: -0.1807, lon: -78.4678, regionCode: 'EC-P' };
/** About 5 km north of central Quito. */
export const QUITO_NORTH = { lat: -0.1357, lon: -78.4678, regionCode: 'EC-P' };
/** Guayaquil, ~270 km away. */
export const GUAYAQUIL = { lat: -2.1709, lon: -79.9224, regionCode: 'EC-G' };
export const WEEKDAYS = [0, 1, 2, 3, 4];
/** Epoch day for 2026-01-05 (a Monday). */
export const DAY0 = 20458;

export function person(over: Partial<EnginePerson> = {}): EnginePerson {
  return {
    id: 'p1',
    skills: [],
    experience: [],
    qualifications: [],
    languages: [{ tag: 'es', level: 7 }],
    location: QUITO,
    transport: { modes: ['public_transport'], maxCommuteMinutes: 60, canUseTransportAllowance: false },
    availability: weekGridFromRanges([{ days: WEEKDAYS, from: 7, to: 20 }]),
    careHours: emptyWeekGrid(),
    digitalAccess: { device: true, connectivity: true },
    limitedMobility: false,
    needsIncomeDuringTraining: false,
    earliestStart: DAY0,
    aspirations: { preferredOccupationIds: [], preferredIscoGroups: [], excludedSectors: [], preferredPathway: null },
    eligibility: { mayWork: true, mayTrain: true, authorisationKind: null, authorisationEndsAt: null, isAdult: true },
    ...over,
  };
}

export function opportunity(over: Partial<EngineOpportunity> = {}): EngineOpportunity {
  return {
    id: 'o1',
    kind: 'job',
    organisationId: 'org1',
    occupationId: 100,
    iscoGroup: '8344',
    sector: 'logistics',
    essentialSkills: [],
    optionalSkills: [],
    languageMinimums: [],
    minEqf: null,
    acceptsUnrecognisedCredentials: false,
    location: QUITO_NORTH,
    mode: 'on_site',
    schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }]),
    hoursPerWeek: 30,
    startDate: DAY0 + 14,
    endDate: null,
    durationWeeks: null,
    applicationDeadline: null,
    capacity: 1,
    booked: 0,
    supports: {
      childcare: false,
      transportAllowance: false,
      stipend: false,
      languageSupport: false,
      accessibility: false,
      deviceLoan: false,
    },
    requiresWorkAuthorisation: true,
    acceptedAuthorisationKinds: [],
    adultsOnly: true,
    skillsConferred: [],
    leadsToSelfEmployment: false,
    replacementWindowFraction: 0.2,
    status: 'open',
    ...over,
  };
}

export function training(over: Partial<EngineOpportunity> = {}): EngineOpportunity {
  return opportunity({
    kind: 'training',
    requiresWorkAuthorisation: false,
    durationWeeks: 12,
    supports: { ...opportunity().supports, stipend: true },
    ...over,
  });
}

import { OpportunityIndex } from '../compile/opportunity-index';
import { PersonIndex } from '../compile/person-index';
import { NO_RELATEDNESS, type Relatedness } from '../relatedness';
import { ScoreScratch } from '../score';
import { Vocabulary } from '../vocabulary';

/** One person and some opportunities compiled against one vocabulary, with a scratch. */
export function world(people: EnginePerson[], opps: EngineOpportunity[], relatedness: Relatedness = NO_RELATEDNESS, demand?: (occ: number | null) => number) {
  const vocab = new Vocabulary(relatedness);
  const O = new OpportunityIndex(vocab, demand ? (occ) => demand(occ) : undefined);
  const P = new PersonIndex(vocab);
  for (const o of opps) O.upsert(o);
  for (const p of people) P.upsert(p);
  return { vocab, O, P, s: new ScoreScratch(relatedness) };
}

/** A single pair: slots 0/0. */
export function pair(p: EnginePerson, o: EngineOpportunity, relatedness?: Relatedness) {
  const w = world([p], [o], relatedness);
  return { ...w, pi: 0, oi: 0 };
}
