import fc from 'fast-check';
import { KIND_CODE } from './compile/codes';
import { gateMask } from './gates';
import { PairFacts } from './pair-facts';
import { PathwaySearch } from './pathway-search';
import { NO_RELATEDNESS, type Relatedness } from './relatedness';
import { loadPersonSkills } from './score';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { DAY0, world } from './testing/builders';

/** Pathway results of every programme for every person, with the bound on or off. */
function evaluateAll(people: Parameters<typeof world>[0], opps: Parameters<typeof world>[1], rel: Relatedness, useBound: boolean) {
  const w = world(people, opps, rel, (occ) => ((occ ?? 0) % 4) / 3);
  const search = new PathwaySearch(rel, useBound);
  const programmes = Array.from({ length: w.O.slots.highWater }, (_, i) => i).filter((i) => w.O.kind[i] !== KIND_CODE.job);
  const out = people.map((_, pi) => {
    loadPersonSkills(w.s, w.P, pi);
    search.reset();
    for (let i = 0; i < w.O.slots.highWater; i++) {
      if (w.O.kind[i] === KIND_CODE.job && gateMask(w.P, pi, w.O, i, DAY0, new PairFacts(), false) === 0) search.addJob(i, w.O, w.s.table);
    }
    return search.evaluate(w.s.table, w.P, pi, w.O, programmes);
  });
  return { out, skipped: search.boundSkipped, poolSkipped: search.poolSkipped };
}

describe('pathway upper bound', () => {
  it.each([
    ['the small taxonomy (broad groups, parents)', SMALL_TAXONOMY],
    ['no relatedness', NO_RELATEDNESS],
  ])('optimised pathway values equal the unoptimised ones on random worlds: %s', (_name, rel) => {
    let skipped = 0;
    let poolSkipped = 0;
    fc.assert(
      fc.property(worldArb(3, 70), ({ people, opportunities }) => {
        const fast = evaluateAll(people, opportunities, rel, true);
        const reference = evaluateAll(people, opportunities, rel, false);
        // Bit-identical: same unlocked jobs, same values (same summation order), same normalisation.
        expect(fast.out).toEqual(reference.out);
        skipped += fast.skipped;
        poolSkipped += fast.poolSkipped;
      }),
      { numRuns: 120, seed: 8 },
    );
    // The property is not vacuous: the bound did rule pairs out.
    expect(skipped).toBeGreaterThan(0);
    expect(poolSkipped).toBeGreaterThan(0);
  });
});
