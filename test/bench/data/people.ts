/**
 * Synthetic people: skills and experience from one or two real ESCO occupations with noise (20-50% of
 * the essential skills dropped, a few optional, transversal and random skills added), gaps (no or
 * informal experience, unrecognised credentials), Ecuadorian cities, care duties, languages and
 * authorisation kinds in the proportions the programmes report. Pure function of (world, index), so a
 * million people are produced one at a time straight into the engine's index (no list is ever held).
 */
import type { EngineEligibility, EnginePerson, PersonLanguage, PersonSkill, Recognition, SkillLevel, TransportMode, Pathway, Evidence } from '@app/matching';
import { csrRow } from '@app/taxonomy';
import { randomPlace } from './ecuador';
import { cumulative, pickWeighted, Rng, streamSeed } from './prng';
import { personAvailability, personCareHours } from './schedules';
import { personId, type BenchWorld } from './world';

const STREAM_PERSON = 2;
const DAY = 1;
const YEAR = 365 * DAY;

interface AuthorisationProfile {
  weight: number;
  kind: string | null;
  mayWork: boolean;
  mayTrain: boolean;
  /** Days the permit still runs (null = does not end). */
  ends: [number, number] | null;
}

/**
 * Citizens and returnees (no permit), refugees, asylum seekers without a work permit (~10%), irregular
 * (~10%), humanitarian (VIRTE) visas, temporary and permanent residents.
 */
const AUTHORISATION: AuthorisationProfile[] = [
  { weight: 33, kind: null, mayWork: true, mayTrain: true, ends: null },
  { weight: 12, kind: 'refugee', mayWork: true, mayTrain: true, ends: null },
  { weight: 10, kind: 'asylum_seeker', mayWork: false, mayTrain: true, ends: [60, 400] },
  { weight: 10, kind: 'irregular', mayWork: false, mayTrain: false, ends: null },
  { weight: 20, kind: 'humanitarian_visa', mayWork: true, mayTrain: true, ends: [30, 2 * YEAR] },
  { weight: 10, kind: 'temporary_resident', mayWork: true, mayTrain: true, ends: [30, 2 * YEAR] },
  { weight: 5, kind: 'permanent_resident', mayWork: true, mayTrain: true, ends: null },
];
const AUTH_CUM = cumulative(AUTHORISATION.map((a) => a.weight));

/** Mother tongues besides Spanish: Kichwa, English, and the languages of refugees arriving in Ecuador. */
const OTHER_NATIVE = ['qu', 'en', 'fr', 'ht', 'ar', 'prs', 'pt'];
const RECOGNITION: Recognition[] = ['recognised', 'in_progress', 'not_recognised', 'undocumented'];
const RECOGNITION_CUM = cumulative([40, 15, 25, 20]);
const PATHWAYS: Pathway[] = ['job', 'apprenticeship', 'training', 'self_employment'];

function evidence(r: Rng): Evidence {
  const x = r.next();
  return x < 0.7 ? 'self_declared' : x < 0.9 ? 'assessed' : 'certified';
}

function level(r: Rng): SkillLevel {
  const x = r.next();
  return x < 0.3 ? 1 : x < 0.8 ? 2 : 3;
}

function languages(r: Rng): PersonLanguage[] {
  const out: PersonLanguage[] = [];
  if (r.chance(0.9)) out.push({ tag: 'es', level: 7 });
  else {
    out.push({ tag: r.pick(OTHER_NATIVE), level: 7 });
    out.push({ tag: 'es', level: r.int(1, 5) });
  }
  if (r.chance(0.2) && !out.some((l) => l.tag === 'en')) out.push({ tag: 'en', level: r.int(1, 5) });
  if (r.chance(0.04) && !out.some((l) => l.tag === 'qu')) out.push({ tag: 'qu', level: 7 });
  return out;
}

function transport(r: Rng): EnginePerson['transport'] {
  const modes: TransportMode[] = ['walk'];
  if (r.chance(0.75)) modes.push('public_transport');
  if (r.chance(0.1)) modes.push('bicycle');
  if (r.chance(0.08)) modes.push('motorbike');
  if (r.chance(0.08)) modes.push('car');
  return { modes, maxCommuteMinutes: 30 + 5 * r.int(0, 12), canUseTransportAllowance: r.chance(0.6) };
}

function eligibility(r: Rng, now: number): EngineEligibility {
  const a = AUTHORISATION[pickWeighted(r, AUTH_CUM)];
  return {
    mayWork: a.mayWork,
    mayTrain: a.mayTrain,
    authorisationKind: a.kind,
    authorisationEndsAt: a.ends ? now + r.int(a.ends[0], a.ends[1]) : null,
    isAdult: r.chance(0.97),
  };
}

export function generatePerson(world: BenchWorld, index: number): EnginePerson {
  const r = new Rng(streamSeed(world.seed, STREAM_PERSON, index));
  const snap = world.tax.snapshot;
  const pickOccupation = () => world.occupations[pickWeighted(r, world.occupationWeights)];
  const occupations = r.chance(0.7) ? [pickOccupation()] : [pickOccupation(), pickOccupation()];

  const skills = new Map<number, PersonSkill>();
  const add = (skillId: number) => {
    if (!skills.has(skillId)) skills.set(skillId, { skillId, level: level(r), evidence: evidence(r) });
  };
  for (const o of occupations) {
    const essential = csrRow(snap.essential, o);
    const keep = 1 - (0.2 + 0.3 * r.next()); // drop 20-50% of the essentials
    for (const s of essential) if (r.chance(keep)) add(s);
    for (const s of csrRow(snap.optional, o)) if (r.chance(0.15)) add(s);
  }
  for (const s of r.sample(world.transversalSkills, r.int(2, 6))) add(s);
  for (const s of r.sample(world.anySkills, r.int(0, 3))) add(s);

  // Gaps: 15% without any experience; informal work is common.
  const experience = r.chance(0.15)
    ? []
    : occupations.map((o) => {
        const isco = snap.occupations.iscoGroup[o];
        return { occupationId: o, iscoGroup: isco >= 0 ? String(isco) : '', months: r.int(1, 120), formal: r.chance(0.55) };
      });
  const qualifications = r.chance(0.1) ? [] : [{ eqf: r.int(1, 6), recognition: RECOGNITION[pickWeighted(r, RECOGNITION_CUM)] }];
  const careHours = personCareHours(r);
  const preferOwn = r.chance(0.4);
  const firstIsco = snap.occupations.iscoGroup[occupations[0]];

  return {
    id: personId(index),
    skills: [...skills.values()],
    experience,
    qualifications,
    languages: languages(r),
    location: randomPlace(r),
    transport: transport(r),
    availability: personAvailability(r),
    careHours,
    digitalAccess: { device: r.chance(0.8), connectivity: r.chance(0.7) },
    limitedMobility: r.chance(0.03),
    needsIncomeDuringTraining: r.chance(0.5),
    earliestStart: world.now + r.int(0, 60),
    aspirations: {
      preferredOccupationIds: preferOwn ? [occupations[0]] : [],
      preferredIscoGroups: !preferOwn && r.chance(0.3) && firstIsco >= 0 ? [String(firstIsco).slice(0, 2)] : [],
      excludedSectors: r.chance(0.05) ? [String(r.int(1, 9))] : [],
      preferredPathway: r.chance(0.5) ? r.pick(PATHWAYS) : null,
    },
    eligibility: eligibility(r, world.now),
  };
}
