import fc from 'fast-check';
import { rankCandidates, rankOpportunities, RankScratch } from '../rank';
import { SMALL_TAXONOMY, worldArb } from '../testing/arbitraries';
import { DAY0, opportunity, QUITO, world } from '../testing/builders';
import { Vocabulary } from '../vocabulary';
import { inCellOrder } from './cell-order';
import { compileOpportunities, OpportunityIndex } from './opportunity-index';

/** Demand that differs per occupation, so sums over unlocked jobs depend on their order. */
const demand = (occ: number | null) => 0.1 + ((occ ?? 0) % 4) * 0.237;

describe('bulk compile in grid-cell order', () => {
  it('puts one cell\'s opportunities in adjacent slots', () => {
    const far = { lat: -2.1709, lon: -79.9224, regionCode: 'EC-G' };
    const list = [
      opportunity({ id: 'a', location: QUITO }),
      opportunity({ id: 'b', location: far }),
      opportunity({ id: 'r', mode: 'remote', location: null }),
      opportunity({ id: 'c', location: QUITO }),
      opportunity({ id: 'd', location: far }),
    ];
    const O = compileOpportunities(new Vocabulary(SMALL_TAXONOMY), list);
    expect(['a', 'c', 'b', 'd', 'r'].map((id) => O.slotOf(id))).toEqual([0, 1, 2, 3, 4]);
  });

  it('keeps the last record of an id listed twice', () => {
    const list = [opportunity({ id: 'a', capacity: 1 }), opportunity({ id: 'b' }), opportunity({ id: 'a', capacity: 7 })];
    const O = new OpportunityIndex(new Vocabulary(SMALL_TAXONOMY));
    expect(inCellOrder(list, O.grid).map((o) => `${o.id}${o.capacity}`)).toEqual([`b${list[1].capacity}`, 'a7']);
    O.upsertMany(list);
    expect(O.capacity[O.slotOf('a')]).toBe(7);
    expect(O.size).toBe(2);
  });

  it('ranks bit-identically to loading the same list one upsert at a time (every field, pathways, excluded)', () => {
    fc.assert(
      fc.property(worldArb(3, 60), fc.integer({ min: 1, max: 30 }), ({ people, opportunities }, limit) => {
        const a = world(people, opportunities, SMALL_TAXONOMY, demand);
        const b = world(people, [], SMALL_TAXONOMY, demand);
        b.O.upsertMany(opportunities);
        const ra = new RankScratch(SMALL_TAXONOMY);
        const rb = new RankScratch(SMALL_TAXONOMY);
        for (const p of people) {
          const options = { now: DAY0, limit, includeExcluded: true };
          expect(rankOpportunities(rb, b.P, b.P.slotOf(p.id), b.O, options)).toEqual(rankOpportunities(ra, a.P, a.P.slotOf(p.id), a.O, options));
        }
        for (const o of opportunities) {
          expect(rankCandidates(rb, b.O, b.O.slotOf(o.id), b.P, { now: DAY0 })).toEqual(rankCandidates(ra, a.O, a.O.slotOf(o.id), a.P, { now: DAY0 }));
        }
      }),
      { numRuns: 80, seed: 21 },
    );
  });
});
