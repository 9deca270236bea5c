/**
 * fast-check generators of small, varied worlds around Quito (people and opportunities with random
 * skills, kinds, places, schedules, supports and eligibility), for the property tests.
 */
import fc from 'fast-check';
import type { EngineOpportunity, EnginePerson, OpportunityKind, TransportMode } from '../model';
import { ArrayRelatedness } from '../relatedness';
import { weekGridFromRanges } from '../week-grid';
import { DAY0, opportunity, person } from './builders';

/** 30 skills: 0..9 have parents 10..14, groups by id % 4. */
export const SMALL_TAXONOMY = ArrayRelatedness.fromPairs(
  30,
  Array.from({ length: 30 }, (_, i) => [i, { parent: i < 10 ? 10 + (i % 5) : undefined, group: i % 4 }] as [number, { parent?: number; group: number }]),
);

const place = fc.record({
  lat: fc.double({ min: -0.5, max: 0.1, noNaN: true }),
  lon: fc.double({ min: -78.8, max: -78.2, noNaN: true }),
  regionCode: fc.constantFrom('EC-P', 'EC-I'),
});
const hours = fc.record({ from: fc.integer({ min: 6, max: 14 }), len: fc.integer({ min: 2, max: 8 }), days: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }) });
/** People are usually available most of the day, so schedules clash sometimes, not always. */
const wideHours = fc.record({ from: fc.integer({ min: 6, max: 9 }), len: fc.integer({ min: 6, max: 14 }), days: fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 4 }) });
const wideGrid = wideHours.map((h) => weekGridFromRanges([{ days: h.days, from: h.from, to: Math.min(24, h.from + h.len) }]));
const grid = hours.map((h) => weekGridFromRanges([{ days: h.days, from: h.from, to: Math.min(24, h.from + h.len) }]));
const skills = fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { maxLength: 8 });
/** Requirements and conferred skills from a smaller pool, so programmes often unlock jobs. */
const required = fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 4 });

export const personArb = (id: string): fc.Arbitrary<EnginePerson> =>
  fc
    .record({
      skills,
      level: fc.constantFrom(1, 2, 3),
      location: place,
      modes: fc.subarray<TransportMode>(['walk', 'bicycle', 'public_transport', 'car']),
      max: fc.integer({ min: 15, max: 120 }),
      allowance: fc.boolean(),
      availability: wideGrid,
      care: fc.option(grid, { nil: undefined }),
      mayWork: fc.constantFrom(true, true, true, false),
      limitedMobility: fc.boolean(),
      needsIncome: fc.boolean(),
      pathway: fc.constantFrom(null, 'job', 'training', 'self_employment' as const),
    })
    .map((r) =>
      person({
        id,
        skills: r.skills.map((skillId, i) => ({ skillId, level: (((r.level + i) % 3) + 1) as 1 | 2 | 3, evidence: (['self_declared', 'assessed', 'certified'] as const)[i % 3] })),
        location: r.location,
        transport: { modes: r.modes, maxCommuteMinutes: r.max, canUseTransportAllowance: r.allowance },
        availability: r.availability,
        careHours: r.care ?? new Uint8Array(21),
        limitedMobility: r.limitedMobility && r.max > 60,
        needsIncomeDuringTraining: r.needsIncome,
        aspirations: { ...person().aspirations, preferredPathway: r.pathway as EnginePerson['aspirations']['preferredPathway'] },
        eligibility: { mayWork: r.mayWork, mayTrain: true, authorisationKind: null, authorisationEndsAt: null, isAdult: true },
      }),
    );

export const opportunityArb = (id: string): fc.Arbitrary<EngineOpportunity> =>
  fc
    .record({
      kind: fc.constantFrom<OpportunityKind>('job', 'job', 'apprenticeship', 'training'),
      essential: required,
      optional: skills,
      conferred: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 6 }),
      location: place,
      remote: fc.boolean(),
      schedule: grid,
      childcare: fc.boolean(),
      allowance: fc.boolean(),
      accessible: fc.boolean(),
      capacity: fc.integer({ min: 0, max: 4 }),
      occupation: fc.integer({ min: 1, max: 4 }),
    })
    .map((r) =>
      opportunity({
        id,
        kind: r.kind,
        occupationId: r.occupation,
        iscoGroup: `834${r.occupation}`,
        requiresWorkAuthorisation: r.kind !== 'training',
        essentialSkills: r.essential.map((skillId, i) => ({ skillId, level: (i % 3) + 1 })),
        optionalSkills: r.optional.map((skillId) => ({ skillId, level: 1 })),
        skillsConferred: r.kind === 'job' ? [] : r.conferred.map((skillId) => ({ skillId, level: 3 })),
        location: r.location,
        mode: r.remote ? 'remote' : 'on_site',
        schedule: r.schedule,
        durationWeeks: r.kind === 'job' ? null : 12,
        capacity: r.capacity,
        startDate: DAY0 + 7,
        supports: { childcare: r.childcare, transportAllowance: r.allowance, stipend: r.kind !== 'training', languageSupport: false, accessibility: r.accessible, deviceLoan: false },
      }),
    );

/** A world: `nPeople` people and up to `maxOpps` opportunities with unique ids. */
export const worldArb = (nPeople: number, maxOpps: number) =>
  fc.record({
    people: fc.tuple(...Array.from({ length: nPeople }, (_, i) => personArb(`p${i}`))),
    opportunities: fc.integer({ min: 0, max: maxOpps }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => opportunityArb(`o${String(i).padStart(3, '0')}`)))),
  });
