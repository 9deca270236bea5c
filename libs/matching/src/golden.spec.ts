/**
 * Golden scenarios from the field (issue 6): what case managers must see, end to end through the
 * compiled indexes and the ranking.
 */
import fc from 'fast-check';
import type { EngineEligibility, EngineOpportunity, EnginePerson } from './model';
import { accountOpportunities } from './accounting';
import { rankCandidates, rankOpportunities, RankScratch, type RankOptions } from './rank';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { DAY0, opportunity, person, QUITO, training, WEEKDAYS, world } from './testing/builders';
import { weekGridFromRanges } from './week-grid';
import { componentsRecord, scorePairFull } from './score';
import { compileWeights, DEFAULT_WEIGHTS } from './weights';
import { NO_RELATEDNESS } from './relatedness';
import { buildDemandIndex } from './demand';

function rank(p: EnginePerson, opps: EngineOpportunity[], options: Partial<RankOptions> = {}) {
  const { P, O } = world([p], opps, NO_RELATEDNESS, () => 0.5);
  const ranked = rankOpportunities(new RankScratch(NO_RELATEDNESS), P, 0, O, { now: DAY0, ...options });
  const why = accountOpportunities(P, 0, O, { now: DAY0, kinds: options.kinds, limit: 100 });
  return { ...ranked, excluded: why.page.map((e) => ({ opportunityId: e.opportunityId, kind: e.kind, reasons: e.reasons.map((r) => r.code) })) };
}
const ids = (r: ReturnType<typeof rank>) => r.results.map((x) => x.opportunityId);

/** A point `km` kilometres north of central Quito. */
const north = (km: number) => ({ lat: QUITO.lat + km / 111.2, lon: QUITO.lon, regionCode: 'EC-P' });

describe('golden scenarios', () => {
  it('a mother available only 8:00-14:00 is not offered an afternoon shift unless childcare is on site', () => {
    const mother = person({
      id: 'mayerlin',
      availability: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 20 }]),
      careHours: weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]), // children after school
    });
    const afternoon = weekGridFromRanges([{ days: WEEKDAYS, from: 14, to: 20 }]);
    const r = rank(mother, [
      opportunity({ id: 'bakery-morning', schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }]) }),
      opportunity({ id: 'retail-afternoon', schedule: afternoon }),
      opportunity({ id: 'pharmacy-afternoon-childcare', schedule: afternoon, supports: { ...opportunity().supports, childcare: true } }),
    ]);
    expect(ids(r).sort()).toEqual(['bakery-morning', 'pharmacy-afternoon-childcare']);
    expect(r.excluded).toEqual([{ opportunityId: 'retail-afternoon', kind: 'job', reasons: ['schedule_conflict'] }]);
  });

  it('an asylum seeker without a work permit gets trainings but no jobs', () => {
    const asylum: EngineEligibility = { mayWork: false, mayTrain: true, authorisationKind: 'asylum_applicant', authorisationEndsAt: null, isAdult: true };
    const r = rank(person({ eligibility: asylum }), [
      opportunity({ id: 'job' }),
      training({ id: 'apprenticeship-with-contract', kind: 'apprenticeship', requiresWorkAuthorisation: true }),
      training({ id: 'training-a' }),
      training({ id: 'training-b', mode: 'remote', location: null }),
    ]);
    expect(ids(r).sort()).toEqual(['training-a', 'training-b']);
    expect(r.excluded?.map((e) => [e.opportunityId, e.reasons])).toEqual([
      ['apprenticeship-with-contract', ['not_authorised_work']],
      ['job', ['not_authorised_work']],
    ]);
  });

  it('an unrecognised credential counts where it is accepted, and not elsewhere', () => {
    const engineer = person({ qualifications: [{ eqf: 6, recognition: 'not_recognised' }] });
    const r = rank(engineer, [
      opportunity({ id: 'accepts', minEqf: 5, acceptsUnrecognisedCredentials: true }),
      opportunity({ id: 'requires-recognition', minEqf: 5, acceptsUnrecognisedCredentials: false }),
    ]);
    const byId = Object.fromEntries(r.results.map((x) => [x.opportunityId, x]));
    expect(byId.accepts.components.credentials).toBe(0.5);
    expect(byId['requires-recognition'].components.credentials).toBe(0);
    expect(ids(r)).toEqual(['accepts', 'requires-recognition']);
  });

  it('a 2-hour commute is gated out unless remote or within the person\'s maximum', () => {
    // ~35 km by public transport: 35 x 1.3 / 20 km/h = 2h 16min + 10 min.
    const far = north(35);
    const opps = [opportunity({ id: 'far-on-site', location: far }), opportunity({ id: 'far-remote', location: far, mode: 'remote' })];
    const hourMax = person({ transport: { modes: ['public_transport'], maxCommuteMinutes: 60, canUseTransportAllowance: false } });
    const r = rank(hourMax, opps);
    expect(ids(r)).toEqual(['far-remote']);
    expect(r.excluded).toEqual([{ opportunityId: 'far-on-site', kind: 'job', reasons: ['commute_too_long'] }]);
    const longMax = person({ transport: { modes: ['public_transport'], maxCommuteMinutes: 150, canUseTransportAllowance: false } });
    expect(ids(rank(longMax, opps)).sort()).toEqual(['far-on-site', 'far-remote']);
  });

  it('a training that unlocks 12 open vacancies outranks one that unlocks none', () => {
    const forklift = 1;
    const warehouse = 2;
    const safety = 3;
    const jobs = Array.from({ length: 12 }, (_, i) =>
      opportunity({ id: `forklift-job-${i}`, location: north(1 + i / 4), essentialSkills: [forklift, warehouse, safety].map((skillId) => ({ skillId, level: 2 })) }),
    );
    const worker = person({ skills: [warehouse, safety].map((skillId) => ({ skillId, level: 2 as const, evidence: 'assessed' as const })) });
    const r = rank(worker, [
      ...jobs,
      training({ id: 'forklift-course', location: north(6), skillsConferred: [{ skillId: forklift, level: 2 }] }),
      // Nearer, so a slightly better fit on its own, but it leads nowhere.
      training({ id: 'origami-course', location: north(1), skillsConferred: [{ skillId: 77, level: 3 }] }),
    ], { kinds: ['training'] });
    expect(ids(r)).toEqual(['forklift-course', 'origami-course']);
    const [forkliftCourse, origami] = r.results;
    expect(forkliftCourse.pathway?.unlockedOpportunityIds).toHaveLength(12);
    expect(origami.pathway?.unlockedOpportunityIds).toEqual([]);
    expect(origami.score).toBeGreaterThan(forkliftCourse.score); // fit alone would have put it first
  });
});

describe('golden scenarios of issue 15', () => {
  it('limited mobility: a near accessible workplace is offered and ranks first; far ones rank lower; only an inaccessible place is gated', () => {
    const supports = { ...opportunity().supports, accessibility: true };
    const r = rank(person({ limitedMobility: true, transport: { modes: ['public_transport'], maxCommuteMinutes: 45, canUseTransportAllowance: false } }), [
      opportunity({ id: 'accessible-300m', location: north(0.3), supports }),
      opportunity({ id: 'accessible-8km', location: north(8), supports }),
      opportunity({ id: 'stairs-300m', location: north(0.3) }),
      opportunity({ id: 'home-based', mode: 'home_based', location: null }),
    ]);
    expect(ids(r)).toEqual(['home-based', 'accessible-300m', 'accessible-8km']);
    expect(r.excluded).toEqual([{ opportunityId: 'stairs-300m', kind: 'job', reasons: ['not_accessible'] }]);
    const [, near, far] = r.results;
    expect(near.components.logistics).toBeGreaterThan(far.components.logistics);
  });

  it('the digital gate applies to the online sessions only; home-based work needs no device', () => {
    const offline = person({ digitalAccess: { device: false, connectivity: false } });
    const fridays = weekGridFromRanges([{ days: [4], from: 8, to: 12 }]);
    const week = weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 12 }]);
    const r = rank(offline, [
      training({ id: 'hybrid-online-fridays', mode: 'hybrid', schedule: week, onlineSchedule: fridays }),
      training({ id: 'hybrid-unstated', mode: 'hybrid', schedule: week }),
      training({ id: 'hybrid-online-outside-schedule', mode: 'hybrid', schedule: weekGridFromRanges([{ days: [0, 1, 2, 3], from: 8, to: 12 }]), onlineSchedule: fridays }),
      training({ id: 'hybrid-with-device-loan', mode: 'hybrid', schedule: week, onlineSchedule: fridays, supports: { ...training().supports, deviceLoan: true } }),
      opportunity({ id: 'home-sewing', mode: 'home_based', location: null }),
    ]);
    expect(ids(r).sort()).toEqual(['home-sewing', 'hybrid-online-outside-schedule', 'hybrid-with-device-loan']);
    expect(r.excluded.map((e) => [e.opportunityId, e.reasons])).toEqual([
      ['hybrid-online-fridays', ['no_digital_access']],
      ['hybrid-unstated', ['no_digital_access']],
    ]);
  });

  it('capacity is a gate; waiting-list options are ranked only when asked for, and marked', () => {
    const opps = [training({ id: 'full-course', capacity: 10, booked: 10 }), training({ id: 'open-course' })];
    const r = rank(person(), opps);
    expect(ids(r)).toEqual(['open-course']);
    expect(r.excluded).toEqual([{ opportunityId: 'full-course', kind: 'training', reasons: ['capacity_full'] }]);
    const waiting = rank(person(), opps, { waitingList: true });
    expect(waiting.results.map((x) => [x.opportunityId, x.waitingList]).sort()).toEqual([
      ['full-course', true],
      ['open-course', false],
    ]);
  });

  it('a full job ranked as a waiting-list option is not a vacancy a training unlocks', () => {
    const forklift = 1;
    const job = opportunity({ id: 'forklift-job', essentialSkills: [{ skillId: forklift, level: 1 }], capacity: 1, booked: 1 });
    const course = training({ id: 'forklift-course', skillsConferred: [{ skillId: forklift, level: 2 }] });
    const r = rank(person(), [job, course], { waitingList: true });
    expect(r.results.find((x) => x.opportunityId === 'forklift-course')?.pathway?.unlockedOpportunityIds).toEqual([]);
    const open = rank(person(), [{ ...job, booked: 0 }, course]);
    expect(open.results.find((x) => x.opportunityId === 'forklift-course')?.pathway?.unlockedOpportunityIds).toEqual(['forklift-job']);
  });

  it('an imported shortage indicator separates two otherwise equal options, however much else is open', () => {
    const a = opportunity({ id: 'a-shortage', occupationId: 1, iscoGroup: '7512' });
    const b = opportunity({ id: 'b-plain', occupationId: 2, iscoGroup: '7513' });
    const others = Array.from({ length: 30 }, (_, i) => opportunity({ id: `busy-${i}`, occupationId: 1 + (i % 2), iscoGroup: i % 2 ? '7513' : '7512', capacity: 50, location: north(50) }));
    const w = world([person()], [a, b, ...others]);
    const demand = buildDemandIndex(
      [a, b, ...others].map((o) => ({ occupationId: o.occupationId, iscoGroup: o.iscoGroup, regionCode: 'EC-P', openings: o.capacity, postedAt: DAY0 })),
      [{ occupationId: 1, value: 0.9, source: 'shortage list', date: DAY0 }],
      DAY0,
    );
    w.O.refreshDemand((o, i, reg) => demand.lookup(o, i, reg), (o, i, reg) => demand.parts(o, i, reg));
    const r = rankOpportunities(new RankScratch(NO_RELATEDNESS), w.P, 0, w.O, { now: DAY0 });
    const byId = Object.fromEntries(r.results.map((x) => [x.opportunityId, x]));
    expect(byId['a-shortage'].components.demand).toBeGreaterThan(byId['b-plain'].components.demand);
    expect(r.results.map((x) => x.opportunityId).slice(0, 2)).toEqual(['a-shortage', 'b-plain']);
    expect(byId['b-plain'].components.demand).toBeLessThan(1);
  });

  it('two people who differ only in the evidence of one skill never tie', () => {
    const o = opportunity({ essentialSkills: [1, 2, 3].map((skillId) => ({ skillId, level: 2 })) });
    const score = (evidence: 'assessed' | 'certified' | 'self_declared') =>
      rank(person({ skills: [{ skillId: 1, level: 2, evidence }, { skillId: 2, level: 2, evidence: 'self_declared' }] }), [o]).results[0].score;
    expect(score('assessed')).toBeGreaterThan(score('certified'));
    expect(score('certified')).toBeGreaterThan(score('self_declared'));
  });
});

describe('fairness and determinism', () => {
  it('the engine input has no gender, nationality, ethnicity, age or date-of-birth field', () => {
    type Forbidden = 'gender' | 'sex' | 'nationality' | 'ethnicity' | 'origin' | 'age' | 'dateOfBirth' | 'birthDate' | 'countryOfBirth';
    type Leaks = Extract<keyof EnginePerson | keyof EngineEligibility | keyof EnginePerson['aspirations'], Forbidden>;
    const none: [Leaks] extends [never] ? true : false = true; // compile-time proof
    expect(none).toBe(true);
    const keys = JSON.stringify(person(), (k, v) => (v instanceof Uint8Array ? undefined : v));
    for (const f of ['gender', 'nationality', 'ethnicity', 'dateOfBirth', 'birth', '"age"']) expect(keys).not.toContain(f);
  });

  it('counterfactual: protected attributes smuggled into the input change no score', () => {
    fc.assert(
      fc.property(
        worldArb(3, 15),
        fc.array(fc.record({ gender: fc.constantFrom('f', 'm', 'x'), nationality: fc.constantFrom('VE', 'CO', 'AF', 'EC'), dateOfBirth: fc.integer(), ethnicity: fc.string() }), { minLength: 3, maxLength: 3 }),
        ({ people, opportunities }, attrs) => {
          const W = compileWeights(DEFAULT_WEIGHTS);
          const a = world(people, opportunities, SMALL_TAXONOMY);
          const flipped = people.map((p, i) => ({ ...p, ...attrs[i], eligibility: { ...p.eligibility, ...attrs[(i + 1) % 3] } }) as EnginePerson);
          const b = world(flipped, opportunities, SMALL_TAXONOMY);
          for (let pi = 0; pi < people.length; pi++) {
            for (let oi = 0; oi < opportunities.length; oi++) {
              scorePairFull(a.s, a.P, pi, a.O, oi, W, DAY0);
              scorePairFull(b.s, b.P, pi, b.O, oi, W, DAY0);
              expect(b.s.score).toBe(a.s.score);
              expect(b.s.gates).toBe(a.s.gates);
              expect(componentsRecord(b.s.components)).toEqual(componentsRecord(a.s.components));
            }
          }
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });

  it('two scorer processes give the same results: independently compiled indexes, different insertion order and churn', () => {
    fc.assert(
      fc.property(worldArb(4, 30), ({ people, opportunities }) => {
        const a = world(people, opportunities, SMALL_TAXONOMY, () => 0.4);
        // Second "process": reversed order, plus removals and re-inserts that reuse slots differently.
        const b = world([...people].reverse(), [...opportunities].reverse(), SMALL_TAXONOMY, () => 0.4);
        for (const o of opportunities.slice(0, 5)) {
          b.O.remove(o.id);
          b.O.upsert(opportunity({ id: `tmp-${o.id}` }));
        }
        for (const o of opportunities.slice(0, 5)) {
          b.O.remove(`tmp-${o.id}`);
          b.O.upsert(o);
        }
        const ra = new RankScratch(SMALL_TAXONOMY);
        const rb = new RankScratch(SMALL_TAXONOMY);
        for (const p of people) {
          const options = { now: DAY0, limit: 10 };
          const x = rankOpportunities(ra, a.P, a.P.slotOf(p.id), a.O, options);
          const y = rankOpportunities(rb, b.P, b.P.slotOf(p.id), b.O, options);
          expect({ ...y, indexVersion: 0, considered: 0 }).toEqual({ ...x, indexVersion: 0, considered: 0 });
        }
        for (const o of opportunities) {
          const x = rankCandidates(ra, a.O, a.O.slotOf(o.id), a.P, { now: DAY0 });
          const y = rankCandidates(rb, b.O, b.O.slotOf(o.id), b.P, { now: DAY0 });
          expect(y.results).toEqual(x.results);
        }
      }),
      { numRuns: 60, seed: 3 },
    );
  });
});
