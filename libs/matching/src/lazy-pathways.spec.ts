import fc from 'fast-check';
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import { evaluateLazily } from './lazy-pathways';
import type { PathwaySearch } from './pathway-search';
import { pathwayMultiplier, type PathwayResult } from './pathways';
import type { SkillTable } from './skill-table';

/**
 * Whatever the pathway values turn out to be, every programme of the true top k (by fit x multiplier,
 * among the fixed entries too) has its value computed. A stub search hands out arbitrary values, so
 * the threshold is tested against any multiplier in [PATHWAY_FLOOR, 1], not only those real data gives.
 */
describe('evaluateLazily', () => {
  it('values every programme that belongs in the top k, and not all of them when the list is full', () => {
    let skipped = 0;
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 40 }).map((x) => x * 2.5), normalised: fc.constantFrom(0, 0, 0, 0.1, 0.5, 0.9, 1) }), { maxLength: 80 }),
        fc.array(fc.integer({ min: 0, max: 40 }).map((x) => x * 2.5), { maxLength: 10 }),
        fc.integer({ min: 0, max: 12 }),
        (raw, fixed, limit) => {
          const programmes = raw.map((r, slot) => ({ slot, score: r.score })).sort((a, b) => b.score - a.score || a.slot - b.slot);
          const result = (slot: number): PathwayResult => ({ value: 0, normalised: raw[slot].normalised, unlockedSlots: [], selfEmployment: false });
          const search = { evaluate: (_t: SkillTable, _P: PersonIndex, _pi: number, _O: OpportunityIndex, slots: number[]) => slots.map(result) } as unknown as PathwaySearch;
          const lazy = evaluateLazily(search, null as unknown as SkillTable, null as unknown as PersonIndex, 0, null as unknown as OpportunityIndex, programmes, fixed, limit);
          // The true list: fixed entries (slot -1 - i) and every programme with its exact rank score.
          const all = [
            ...fixed.map((score, i) => ({ slot: -1 - i, rank: score })),
            ...programmes.map(({ slot, score }) => ({ slot, rank: score * pathwayMultiplier(raw[slot].normalised) })),
          ].sort((a, b) => b.rank - a.rank);
          const kth = all.length >= limit && limit > 0 ? all[limit - 1].rank : -Infinity;
          // Every programme strictly above the k-th rank score, and any tied with it, must be valued.
          for (const x of all) if (x.slot >= 0 && limit > 0 && x.rank >= kth) expect(lazy.values.has(x.slot)).toBe(true);
          if (lazy.evaluated < programmes.length) skipped++;
        },
      ),
      { numRuns: 2000, seed: 19 },
    );
    expect(skipped).toBeGreaterThan(100);
  });
});
