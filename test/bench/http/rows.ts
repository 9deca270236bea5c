/**
 * Generated engine records -> rows of the service's own tables, in the shape the services write them
 * (libs/persistence: opportunities columns and jsonb value objects, profile sections as stored by
 * mergeProfile, the restricted record the eligibility facts are derived from). The inverse of
 * libs/persistence/src/matching/engine-mapping.ts, so the scorer loads what the generator meant.
 *
 * Dates: the generator's "today" is fixed (2026-01-15); the scorer ranks against the real today, so
 * every day is shifted by `shiftDays` (deadlines, starts and permit ends keep their distance from today).
 */
import { randomUUID } from 'node:crypto';
import type { CefrLevelSchema, WeekHours } from '@app/contracts';
import { hasHour, type EngineOpportunity, type EnginePerson, type RequiredSkill, type WeekGrid } from '@app/matching';
import type { BenchWorld } from '../data/world';
import type { z } from 'zod';

const DAY_MS = 86_400_000;
const DAYS: Array<keyof WeekHours> = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SKILL_LEVEL = ['basic', 'basic', 'intermediate', 'advanced'] as const; // engine 0 (any) and 1 are both "basic"
const CEFR: Array<z.infer<typeof CefrLevelSchema>> = ['A1', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];

export interface RowContext {
  world: BenchWorld;
  shiftDays: number;
  /** Generator organisation names (org1..org2000) -> the employer organisations created for the run. */
  employerOrgs: string[];
  caseManagerOrg: string;
}

const iso = (ctx: RowContext, day: number): string => new Date((day + ctx.shiftDays) * DAY_MS).toISOString().slice(0, 10);

function gridToHours(g: WeekGrid): WeekHours | null {
  const out = {} as WeekHours;
  let any = false;
  DAYS.forEach((d, i) => {
    out[d] = [];
    for (let h = 0; h < 24; h++) {
      if (!hasHour(g, i * 24 + h)) continue;
      out[d].push(h);
      any = true;
    }
  });
  return any ? out : null;
}

const skillUri = (ctx: RowContext, id: number) => ctx.world.tax.snapshot.skills.uris[id];
const occupationUri = (ctx: RowContext, id: number) => ctx.world.tax.snapshot.occupations.uris[id];
const required = (ctx: RowContext, list: RequiredSkill[]) => list.map((s) => ({ uri: skillUri(ctx, s.skillId), level: SKILL_LEVEL[s.level] ?? 'basic' }));
const iscoOf = (g: string | null) => (g && /^[0-9]{1,4}$/.test(g) ? g : null);

/** One `opportunities` row (column names as in the migration) for json_populate_recordset. */
export function opportunityRow(ctx: RowContext, o: EngineOpportunity): Record<string, unknown> {
  const orgIndex = Number(o.organisationId.replace(/\D/g, '')) || 0;
  const full = o.booked >= o.capacity;
  return {
    id: randomUUID(),
    organisation_id: ctx.employerOrgs[orgIndex % ctx.employerOrgs.length],
    kind: o.kind,
    status: full ? 'filled' : 'open',
    title: `${o.kind} ${o.iscoGroup ?? ''} ${o.id}`.trim(),
    description: '',
    occupation_uri: o.occupationId !== null ? occupationUri(ctx, o.occupationId) : null,
    isco_code: iscoOf(o.iscoGroup),
    sector: o.sector || null,
    essential_skills: required(ctx, o.essentialSkills),
    optional_skills: required(ctx, o.optionalSkills),
    language_minimums: o.languageMinimums.map((l) => ({ tag: l.tag, level: CEFR[l.level], hard: l.hard })),
    min_eqf: o.minEqf,
    accepts_unrecognised_credentials: o.acceptsUnrecognisedCredentials,
    mode: o.mode,
    region_code: o.location?.regionCode ?? null,
    lat: o.location?.lat ?? null,
    lon: o.location?.lon ?? null,
    schedule: gridToHours(o.schedule),
    hours_per_week: Math.min(80, o.hoursPerWeek),
    start_date: iso(ctx, o.startDate),
    duration_weeks: o.durationWeeks,
    application_deadline: o.applicationDeadline !== null ? iso(ctx, o.applicationDeadline) : null,
    capacity: o.capacity,
    booked: Math.min(o.booked, o.capacity),
    supports: {
      childcareOnSite: o.supports.childcare,
      transportAllowance: o.supports.transportAllowance,
      pay: o.supports.stipend ? { kind: o.kind === 'training' ? 'stipend' : 'wage', amount: 470, currency: 'USD', period: 'month' } : null,
      languageSupport: o.supports.languageSupport,
      accessibility: o.supports.accessibility,
      deviceLoan: o.supports.deviceLoan,
    },
    requires_work_authorisation: o.requiresWorkAuthorisation,
    accepted_authorisation_kinds: o.acceptedAuthorisationKinds,
    adults_only: o.adultsOnly,
    skills_conferred: o.kind === 'job' ? [] : required(ctx, o.skillsConferred),
    leads_to_self_employment: o.leadsToSelfEmployment,
  };
}

/** The stored `sections` of a person (what mergeProfile writes for the equivalent create request). */
export function profileSections(ctx: RowContext, p: EnginePerson): Record<string, unknown> {
  const availability = gridToHours(p.availability);
  const care = gridToHours(p.careHours);
  const asp = p.aspirations;
  return {
    skills: p.skills.map((s) => ({ concept: skillUri(ctx, s.skillId), level: SKILL_LEVEL[s.level], evidence: s.evidence })),
    experience: p.experience.map((x) => ({
      occupation: occupationUri(ctx, x.occupationId),
      ...(iscoOf(x.iscoGroup) ? { iscoCode: x.iscoGroup } : {}),
      months: x.months,
      formality: x.formal ? 'formal' : 'informal',
    })),
    qualifications: p.qualifications.map((q) => ({ title: `EQF ${q.eqf} diploma`, eqf: q.eqf, recognition: q.recognition })),
    languages: p.languages.map((l) => ({ tag: l.tag, level: CEFR[l.level] })),
    location: { regionCode: p.location.regionCode, lat: Math.round(p.location.lat * 100) / 100, lon: Math.round(p.location.lon * 100) / 100 },
    transport: { modes: [...p.transport.modes], maxCommuteMinutes: p.transport.maxCommuteMinutes, canUseTransportAllowance: p.transport.canUseTransportAllowance },
    ...(availability ? { availability: { hours: availability } } : {}),
    ...(care ? { careDuties: { hours: care, kinds: ['children'] } } : {}),
    digitalAccess: { device: p.digitalAccess.device ? 'smartphone' : 'none', connectivity: p.digitalAccess.connectivity ? 'mobile_data' : 'none' },
    limitedMobility: p.limitedMobility,
    needsIncomeDuringTraining: p.needsIncomeDuringTraining,
    earliestStart: iso(ctx, p.earliestStart),
    aspirations: {
      preferredOccupations: [
        ...asp.preferredOccupationIds.map((id) => ({ occupation: occupationUri(ctx, id) })),
        ...asp.preferredIscoGroups.map((code) => ({ iscoCode: code })),
      ],
      excludedSectors: asp.excludedSectors,
      ...(asp.preferredPathway ? { preferredPathway: asp.preferredPathway } : {}),
    },
    consent: { scopes: ['matching', 'visible_to_employers'], givenAt: '2025-06-01', withdrawnAt: null },
  };
}

export interface PersonRows {
  profile: Record<string, unknown>;
  restricted: Record<string, unknown>;
}

/** A `profiles` row and its `profile_restricted` row (explicit allows_* so the facts equal the generator's). */
export function personRows(ctx: RowContext, p: EnginePerson): PersonRows {
  const id = randomUUID();
  const e = p.eligibility;
  return {
    profile: { id, organisation_id: ctx.caseManagerOrg, version: 1, status: 'active', personal: { displayName: `Bench ${p.id}` }, sections: profileSections(ctx, p) },
    restricted: {
      profile_id: id,
      authorisation_kind: e.authorisationKind ?? 'citizen',
      allows_work: e.mayWork,
      allows_training: e.mayTrain,
      expires_on: e.authorisationEndsAt !== null ? iso(ctx, e.authorisationEndsAt) : null,
      date_of_birth: e.isAdult ? '1990-01-01' : new Date(Date.now() - 16 * 365 * DAY_MS).toISOString().slice(0, 10),
    },
  };
}
