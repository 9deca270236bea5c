import fc from 'fast-check';
import { rankCandidates, RankScratch } from './rank';
import { scorePair, ScoreScratch } from './score';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { DAY0, world } from './testing/builders';
import { compileWeights, DEFAULT_WEIGHTS } from './weights';

const W = compileWeights(DEFAULT_WEIGHTS);

/**
 * The employer view skips a person's skills when even skills = 1 cannot enter the full top-k. With small
 * limits the heap fills early, so the skip is exercised on most pairs; the result must equal brute force
 * exactly (ids, order and scores).
 */
describe('rankCandidates upper bound (small top-k)', () => {
  it('equals brute force exactly when the heap is full most of the time', () => {
    fc.assert(
      fc.property(worldArb(30, 4), fc.integer({ min: 0, max: 4 }), ({ people, opportunities }, limit) => {
        const { P, O } = world(people, opportunities, SMALL_TAXONOMY);
        const scratch = new RankScratch(SMALL_TAXONOMY);
        const s = new ScoreScratch(SMALL_TAXONOMY);
        for (let oi = 0; oi < O.slots.highWater; oi++) {
          const got = rankCandidates(scratch, O, oi, P, { now: DAY0, limit }).results;
          const want: Array<{ personId: string; score: number }> = [];
          for (let pi = 0; pi < P.slots.highWater; pi++) {
            const score = scorePair(s, P, pi, O, oi, W, DAY0);
            if (s.gates === 0) want.push({ personId: P.idOf(pi), score });
          }
          want.sort((a, b) => b.score - a.score || (a.personId < b.personId ? -1 : 1));
          expect(got).toEqual(want.slice(0, limit));
        }
      }),
      { numRuns: 80, seed: 5 },
    );
  });
});
