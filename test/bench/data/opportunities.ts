/**
 * Synthetic opportunities drawn from real ESCO occupations with their real essential and optional
 * skills: ~70% jobs, 15% apprenticeships, 15% trainings (which confer part of the occupation's
 * essential skills and ask few prerequisites). ~10% remote or hybrid. Pure function of (world, index).
 */
import type { EngineOpportunity, LanguageMinimum, OpportunityKind, RequiredSkill, WorkMode } from '@app/matching';
import { csrRow } from '@app/taxonomy';
import { randomPlace } from './ecuador';
import { pickWeighted, Rng, streamSeed } from './prng';
import { opportunitySchedule } from './schedules';
import { opportunityId, type BenchWorld } from './world';

const STREAM_OPPORTUNITY = 1;
/** Kinds that accept a restricted list of permits: refugees and humanitarian visas are the usual ones. */
const RESTRICTED_KINDS = ['refugee', 'humanitarian_visa', 'permanent_resident', 'temporary_resident'];

function requiredLevels(r: Rng, ids: ArrayLike<number>, maxLevel: number): RequiredSkill[] {
  return Array.from(ids, (skillId) => ({ skillId, level: r.chance(0.3) ? 0 : r.int(1, maxLevel) }));
}

function languageMinimums(r: Rng, kind: OpportunityKind): LanguageMinimum[] {
  const out: LanguageMinimum[] = [];
  const x = r.next();
  // Spanish B1 for most jobs (hard for 60%); programmes usually B1 soft (language support is common).
  if (x < 0.6) out.push({ tag: 'es', level: kind === 'job' ? 3 : 2, hard: kind === 'job' });
  else if (x < 0.9) out.push({ tag: 'es', level: 3, hard: false });
  if (r.chance(0.05)) out.push({ tag: 'en', level: 4, hard: r.chance(0.6) });
  return out;
}

export function generateOpportunity(world: BenchWorld, index: number): EngineOpportunity {
  const r = new Rng(streamSeed(world.seed, STREAM_OPPORTUNITY, index));
  const snap = world.tax.snapshot;
  const occupation = world.occupations[pickWeighted(r, world.occupationWeights)];
  const essential = csrRow(snap.essential, occupation);
  const optional = csrRow(snap.optional, occupation);
  const x = r.next();
  const kind: OpportunityKind = x < 0.7 ? 'job' : x < 0.85 ? 'apprenticeship' : 'training';
  const programme = kind !== 'job';
  const m = r.next();
  const mode: WorkMode = m < 0.05 ? 'remote' : m < 0.1 ? 'hybrid' : 'on_site';
  const located = mode !== 'remote' && !r.chance(0.01);
  const now = world.now;
  const startDate = now + r.int(-20, 60);
  const durationWeeks = programme ? r.int(4, 26) : null;
  const capacity = programme ? r.int(10, 30) : r.int(1, 5);
  const isco = snap.occupations.iscoGroup[occupation];

  let essentialSkills: RequiredSkill[];
  let skillsConferred: RequiredSkill[] = [];
  if (kind === 'training') {
    // A course teaches part of the trade and asks little: a few essentials as prerequisites at most.
    skillsConferred = requiredLevels(r, r.sample(essential, r.int(3, Math.min(8, essential.length))), 2);
    essentialSkills = requiredLevels(r, r.sample(essential, r.int(0, 2)), 1);
  } else if (kind === 'apprenticeship') {
    essentialSkills = requiredLevels(r, r.sample(essential, Math.ceil(essential.length / 2)), 2);
    skillsConferred = requiredLevels(r, r.sample(essential, 4), 2);
  } else {
    essentialSkills = requiredLevels(r, essential, 3);
  }
  const optionalSkills = requiredLevels(r, r.sample(optional, Math.min(10, Math.floor(optional.length * 0.3))), 2);
  const schedule = opportunitySchedule(r, programme);
  let hours = 0;
  for (const b of schedule) for (let v = b; v; v &= v - 1) hours++;

  return {
    id: opportunityId(index),
    kind,
    organisationId: `org${r.int(1, 2000)}`,
    occupationId: occupation,
    iscoGroup: isco >= 0 ? String(isco) : null,
    sector: isco >= 0 ? String(Math.floor(isco / 1000)) : 'X',
    essentialSkills: dedupe(essentialSkills),
    optionalSkills: dedupe(optionalSkills),
    languageMinimums: languageMinimums(r, kind),
    minEqf: kind === 'job' && r.chance(0.5) ? r.int(2, 6) : null,
    acceptsUnrecognisedCredentials: r.chance(0.5),
    location: located ? randomPlace(r) : null,
    mode,
    schedule,
    hoursPerWeek: hours || r.int(10, 40),
    startDate,
    durationWeeks,
    endDate: null,
    applicationDeadline: r.chance(0.7) ? now + r.int(-5, 60) : null,
    capacity,
    booked: r.chance(0.05) ? capacity : r.int(0, capacity - 1),
    supports: {
      childcare: r.chance(0.1),
      transportAllowance: r.chance(0.2),
      stipend: kind !== 'training' || r.chance(0.4),
      languageSupport: r.chance(programme ? 0.3 : 0.05),
      accessibility: r.chance(0.3),
      deviceLoan: mode !== 'on_site' && r.chance(0.3),
    },
    requiresWorkAuthorisation: kind === 'job' || (kind === 'apprenticeship' ? r.chance(0.5) : r.chance(0.05)),
    acceptedAuthorisationKinds: r.chance(0.1) ? r.sample(RESTRICTED_KINDS, r.int(2, 4)).sort() : [],
    adultsOnly: r.chance(0.3),
    skillsConferred: dedupe(skillsConferred),
    leadsToSelfEmployment: kind === 'training' && r.chance(0.2),
    status: 'open',
  };
}

/** Ids once each, in ascending order (ESCO rows are unique already; samples may repeat across lists). */
function dedupe(list: RequiredSkill[]): RequiredSkill[] {
  const seen = new Map<number, RequiredSkill>();
  for (const s of list) if (!seen.has(s.skillId)) seen.set(s.skillId, s);
  return [...seen.values()].sort((a, b) => a.skillId - b.skillId);
}
