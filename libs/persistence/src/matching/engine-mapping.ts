/**
 * Database rows -> engine inputs. Pure: the same row, taxonomy ids and day give the same engine object.
 *
 * Only what the engine may know crosses here: the profile's matching view (sections without contact
 * data, derived eligibility facts) and opportunity columns. Gender, nationality and the date of birth
 * never reach these functions (the matching view does not hold them).
 */
import type { OpportunityKindName, ProfileMatchingView, WeekHours } from '@app/contracts';
import { setHour, emptyWeekGrid, type EngineOpportunity, type EnginePerson, type RequiredSkill, type SkillLevel, type WeekGrid } from '@app/matching';
import type { OpportunityEntity } from '../opportunities/opportunity.entity';

/** Dense taxonomy ids by URI (libs/taxonomy `TaxonomyIds` satisfies it); -1 when unknown. */
export interface TaxonomyIdLookup {
  skill(uri: string): number;
  occupation(uri: string): number;
}

const DAY_MS = 86_400_000;
const DAYS: Array<keyof WeekHours> = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const LEVEL: Record<string, SkillLevel> = { basic: 1, intermediate: 2, advanced: 3 };
const CEFR: Record<string, number> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };

/** Decided: a person who did not state transport walks, up to this many minutes. */
export const DEFAULT_TRANSPORT = { modes: ['walk' as const], maxCommuteMinutes: 60, canUseTransportAllowance: false };

export function epochDay(isoDate: string): number {
  return Math.floor(Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function todayEpochDay(now = Date.now()): number {
  return Math.floor(now / DAY_MS);
}

export function epochDayToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** `{ mon: [8, 9], ... }` -> the engine's 168-bit grid (Monday = 0). */
export function weekHoursToGrid(hours: Partial<Record<keyof WeekHours, number[]>> | null | undefined): WeekGrid {
  const g = emptyWeekGrid();
  if (!hours) return g;
  DAYS.forEach((d, i) => {
    for (const h of hours[d] ?? []) if (h >= 0 && h < 24) setHour(g, i * 24 + h);
  });
  return g;
}

/** Which sections a person needs before anything can be ranked. */
export function missingForMatching(view: ProfileMatchingView): string[] {
  const loc = view.sections.location;
  return loc && loc.lat !== undefined && loc.lon !== undefined ? [] : ['location'];
}

/** The engine person, or null when a section it cannot do without is missing (see missingForMatching). */
export function personToEngine(view: ProfileMatchingView, ids: TaxonomyIdLookup): EnginePerson | null {
  const s = view.sections;
  const loc = s.location;
  if (!loc || loc.lat === undefined || loc.lon === undefined) return null;
  const skills = s.skills.flatMap((k) => {
    const id = k.concept ? ids.skill(k.concept) : -1;
    return id < 0 ? [] : [{ skillId: id, level: LEVEL[k.level], evidence: k.evidence }];
  });
  // Experience abroad: its country is not the one the person lives in now (the region code's country).
  const homeCountry = loc.regionCode.split('-')[0].toUpperCase();
  const experience = s.experience.map((x) => ({
    occupationId: x.occupation ? ids.occupation(x.occupation) : -1,
    iscoGroup: x.iscoCode ?? '',
    months: x.months,
    formal: x.formality === 'formal',
    abroad: x.country !== undefined && x.country.toUpperCase() !== homeCountry,
  }));
  const asp = s.aspirations;
  const preferred = asp?.preferredOccupations ?? [];
  const facts = view.facts;
  return {
    id: view.id,
    skills,
    experience,
    qualifications: s.qualifications.map((q) => ({ eqf: q.eqf, recognition: q.recognition })),
    languages: s.languages.map((l) => ({ tag: l.tag, level: CEFR[l.level] ?? 0 })),
    location: { lat: loc.lat, lon: loc.lon, regionCode: loc.regionCode },
    transport: s.transport ? { modes: [...s.transport.modes], maxCommuteMinutes: s.transport.maxCommuteMinutes, canUseTransportAllowance: s.transport.canUseTransportAllowance } : { ...DEFAULT_TRANSPORT, modes: [...DEFAULT_TRANSPORT.modes] },
    availability: weekHoursToGrid(s.availability?.hours),
    careHours: weekHoursToGrid(s.careDuties?.hours),
    digitalAccess: {
      device: s.digitalAccess ? s.digitalAccess.device !== 'none' : false,
      connectivity: s.digitalAccess ? s.digitalAccess.connectivity !== 'none' : false,
    },
    limitedMobility: s.limitedMobility ?? false,
    needsIncomeDuringTraining: s.needsIncomeDuringTraining ?? false,
    earliestStart: s.earliestStart ? epochDay(s.earliestStart) : 0,
    aspirations: {
      preferredOccupationIds: preferred.flatMap((o) => (o.occupation && ids.occupation(o.occupation) >= 0 ? [ids.occupation(o.occupation)] : [])),
      preferredIscoGroups: preferred.flatMap((o) => (o.iscoCode ? [o.iscoCode] : [])),
      preferredSectors: [...(asp?.preferredSectors ?? [])],
      excludedSectors: [...(asp?.excludedSectors ?? [])],
      preferredPathway: asp?.preferredPathway ?? null,
    },
    eligibility: {
      mayWork: facts.mayWork,
      mayTrain: facts.mayTrain,
      authorisationKind: facts.authorisationKind,
      authorisationEndsAt: facts.authorisationEndsAt ? epochDay(facts.authorisationEndsAt) : null,
      isAdult: facts.isAdult,
    },
  };
}

/** The opportunity columns the mapping reads (an entity, or a raw row mapped to the same names). */
export type OpportunityForMatching = Pick<
  OpportunityEntity,
  | 'id'
  | 'organisationId'
  | 'kind'
  | 'status'
  | 'occupationUri'
  | 'iscoCode'
  | 'sector'
  | 'essentialSkills'
  | 'optionalSkills'
  | 'languageMinimums'
  | 'minEqf'
  | 'acceptsUnrecognisedCredentials'
  | 'mode'
  | 'regionCode'
  | 'lat'
  | 'lon'
  | 'schedule'
  | 'onlineSchedule'
  | 'hoursPerWeek'
  | 'startDate'
  | 'durationWeeks'
  | 'applicationDeadline'
  | 'capacity'
  | 'booked'
  | 'supports'
  | 'requiresWorkAuthorisation'
  | 'acceptedAuthorisationKinds'
  | 'adultsOnly'
  | 'skillsConferred'
  | 'leadsToSelfEmployment'
  | 'replacementWindowFraction'
>;

function required(list: OpportunityEntity['essentialSkills'], ids: TaxonomyIdLookup): RequiredSkill[] {
  return list.flatMap((r) => {
    const id = r.uri ? ids.skill(r.uri) : -1;
    return id < 0 ? [] : [{ skillId: id, level: LEVEL[r.level] ?? 1 }];
  });
}

/**
 * `today` (epoch day) stands in for a missing start date: "starts when you join". A `filled`
 * opportunity stays in the index as open with every seat booked, so the capacity gate explains it.
 */
export function opportunityToEngine(o: OpportunityForMatching, ids: TaxonomyIdLookup, today: number): EngineOpportunity {
  const start = o.startDate ? epochDay(o.startDate) : today;
  const schedule = weekHoursToGrid(o.schedule);
  const occupationId = o.occupationUri ? ids.occupation(o.occupationUri) : -1;
  return {
    id: o.id,
    kind: o.kind as OpportunityKindName,
    organisationId: o.organisationId,
    occupationId: occupationId >= 0 ? occupationId : null,
    iscoGroup: o.iscoCode,
    sector: o.sector ?? '',
    essentialSkills: required(o.essentialSkills, ids),
    optionalSkills: required(o.optionalSkills, ids),
    languageMinimums: o.languageMinimums.map((l) => ({ tag: l.tag, level: CEFR[l.level] ?? 0, hard: l.hard })),
    minEqf: o.minEqf,
    acceptsUnrecognisedCredentials: o.acceptsUnrecognisedCredentials,
    location: o.lat !== null && o.lon !== null ? { lat: o.lat, lon: o.lon, regionCode: o.regionCode ?? '' } : null,
    mode: o.mode,
    schedule,
    onlineSchedule: o.onlineSchedule ? weekHoursToGrid(o.onlineSchedule) : null,
    hoursPerWeek: o.hoursPerWeek ?? 0,
    startDate: start,
    endDate: o.durationWeeks ? start + o.durationWeeks * 7 : null,
    durationWeeks: o.durationWeeks,
    applicationDeadline: o.applicationDeadline ? epochDay(o.applicationDeadline) : null,
    capacity: o.capacity,
    booked: o.status === 'filled' ? Math.max(o.booked, o.capacity) : o.booked,
    supports: {
      childcare: o.supports.childcareOnSite,
      transportAllowance: o.supports.transportAllowance,
      stipend: o.supports.pay !== null,
      languageSupport: o.supports.languageSupport,
      accessibility: o.supports.accessibility,
      deviceLoan: o.supports.deviceLoan,
    },
    requiresWorkAuthorisation: o.requiresWorkAuthorisation,
    acceptedAuthorisationKinds: [...o.acceptedAuthorisationKinds],
    adultsOnly: o.adultsOnly,
    skillsConferred: required(o.skillsConferred, ids),
    leadsToSelfEmployment: o.leadsToSelfEmployment,
    replacementWindowFraction: o.replacementWindowFraction,
    status: o.status === 'open' || o.status === 'filled' ? 'open' : o.status === 'draft' ? 'draft' : 'closed',
  };
}

/** Statuses the scorer keeps in its index (filled ones explain "no places left"). */
export const INDEXED_OPPORTUNITY_STATUSES = ['open', 'filled'] as const;
