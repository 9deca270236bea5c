import fc from 'fast-check';
import { PathwaySearch } from './pathway-search';
import {
  collectNearMissJobs,
  NearMissJobs,
  normalisePathwayValue,
  PathwayScratch,
  pathwayMultiplier,
  pathwayValue,
  PATHWAY_FLOOR,
} from './pathways';
import { ArrayRelatedness, NO_RELATEDNESS } from './relatedness';
import { loadPersonSkills } from './score';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { DAY0, GUAYAQUIL, opportunity, person, training, world } from './testing/builders';
import { KIND_CODE } from './compile/codes';
import { gateMask } from './gates';
import { PairFacts } from './pair-facts';

const forklift = 1;
const warehouse = 2;
const safety = 3;
const job = (id: string, over = {}) =>
  opportunity({ id, essentialSkills: [forklift, warehouse, safety].map((skillId) => ({ skillId, level: 1 })), ...over });

function pathwayOf(p = person(), opps = [job('j1')], trainingId = 't', rel = NO_RELATEDNESS) {
  const w = world([p], opps, rel, () => 0.5);
  loadPersonSkills(w.s, w.P, 0);
  const near = new NearMissJobs();
  collectNearMissJobs(w.s.table, w.P, 0, w.O, DAY0, near);
  return { ...pathwayValue(new PathwayScratch(rel), w.P, 0, w.O, w.O.slotOf(trainingId), near), O: w.O };
}

describe('pathways', () => {
  const holdsWarehouse = person({ skills: [{ skillId: warehouse, level: 2, evidence: 'assessed' }, { skillId: safety, level: 2, evidence: 'assessed' }] });

  it('a training conferring the missing skill unlocks the vacancy', () => {
    const t = training({ id: 't', skillsConferred: [{ skillId: forklift, level: 2 }] });
    const r = pathwayOf(holdsWarehouse, [job('j1'), t]);
    expect(r.unlockedSlots.map((s) => r.O.idOf(s))).toEqual(['j1']);
    expect(r.value).toBeCloseTo(0.5 + 0.5 * 0.5); // demand 0.5
    expect(r.normalised).toBeCloseTo(normalisePathwayValue(0.75));
  });

  it('does not count vacancies the person already qualifies for', () => {
    const p = person({ skills: [forklift, warehouse, safety].map((skillId) => ({ skillId, level: 3 as const, evidence: 'certified' as const })) });
    const r = pathwayOf(p, [job('j1'), training({ id: 't', skillsConferred: [{ skillId: forklift, level: 2 }] })]);
    expect(r.unlockedSlots).toEqual([]);
  });

  it('does not count vacancies out of reach or gated for the person', () => {
    const t = training({ id: 't', skillsConferred: [{ skillId: forklift, level: 2 }] });
    expect(pathwayOf(holdsWarehouse, [job('far', { location: GUAYAQUIL }), t]).unlockedSlots).toEqual([]);
    const noPermit = { ...holdsWarehouse, eligibility: { ...holdsWarehouse.eligibility, mayWork: false } };
    expect(pathwayOf(noPermit, [job('j1'), t]).unlockedSlots).toEqual([]);
  });

  it('is 0 when the training confers skills no vacancy needs', () => {
    expect(pathwayOf(holdsWarehouse, [job('j1'), training({ id: 't', skillsConferred: [{ skillId: 99, level: 3 }] })]).value).toBe(0);
  });

  it('counts relatedness: conferring a narrower concept partly covers the broader requirement', () => {
    const rel = ArrayRelatedness.fromPairs(100, [[50, { parent: forklift }]]);
    const t = training({ id: 't', skillsConferred: [{ skillId: 50, level: 3 }] });
    // 2 held + 0.7 via the narrower concept = 2.7 / 3 = 0.9 >= 0.7
    const p = person({ skills: [warehouse, safety].map((skillId) => ({ skillId, level: 3 as const, evidence: 'certified' as const })) });
    // Without the training: 2 / 3 = 0.67 < 0.7; with it: (2 + 0.7) / 3 = 0.9.
    expect(pathwayOf(p, [job('j1'), t], 't', rel).unlockedSlots).toHaveLength(1);
    expect(pathwayOf(p, [job('j1'), t], 't', NO_RELATEDNESS).unlockedSlots).toHaveLength(0);
  });

  it('self-employment trainings take their value from demand and aspiration, for people who want it', () => {
    const t = training({ id: 't', leadsToSelfEmployment: true });
    const wants = person({ aspirations: { ...person().aspirations, preferredPathway: 'self_employment' } });
    const r = pathwayOf(wants, [t]);
    expect(r.selfEmployment).toBe(true);
    expect(r.normalised).toBeCloseTo(0.5 * 0.5 + 0.5 * (0.6 * 0.5 + 0.4 * 1));
    expect(pathwayOf(person(), [t]).selfEmployment).toBe(false);
  });

  it('normalisation saturates and the ranking multiplier keeps a floor', () => {
    expect(normalisePathwayValue(0)).toBe(0);
    expect(normalisePathwayValue(3)).toBeCloseTo(0.5);
    expect(normalisePathwayValue(1000)).toBeLessThan(1);
    expect(pathwayMultiplier(0)).toBe(PATHWAY_FLOOR);
    expect(pathwayMultiplier(1)).toBe(1);
  });

  it('the pool search (used by ranking) equals the stand-alone computation', () => {
    fc.assert(
      fc.property(worldArb(1, 40), ({ people, opportunities }) => {
        const w = world(people, opportunities, SMALL_TAXONOMY, () => 0.3);
        loadPersonSkills(w.s, w.P, 0);
        const near = new NearMissJobs();
        collectNearMissJobs(w.s.table, w.P, 0, w.O, DAY0, near);
        const search = new PathwaySearch(SMALL_TAXONOMY);
        search.reset();
        for (let i = 0; i < w.O.slots.highWater; i++) {
          if (w.O.kind[i] !== KIND_CODE.job) continue;
          // Feed every gated-in job within reach, as the ranking loop does.
          if (gateMask(w.P, 0, w.O, i, DAY0, new PairFacts(), false) === 0) search.addJob(i, w.O, w.s.table);
        }
        const programmes = Array.from({ length: w.O.slots.highWater }, (_, i) => i).filter((i) => w.O.kind[i] !== KIND_CODE.job);
        const got = search.evaluate(w.s.table, w.P, 0, w.O, programmes);
        const scratch = new PathwayScratch(SMALL_TAXONOMY);
        programmes.forEach((ti, k) => {
          const want = pathwayValue(scratch, w.P, 0, w.O, ti, near);
          expect(got[k].unlockedSlots).toEqual(want.unlockedSlots);
          expect(got[k].value).toBeCloseTo(want.value, 9);
        });
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
