import fc from 'fast-check';
import { compareRanked, TopK } from './top-k';

describe('TopK', () => {
  it('keeps the k best by score desc then id asc, whatever the order of offers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { maxLength: 80 }),
        fc.integer({ min: 0, max: 12 }),
        (scores, k) => {
          const ids = scores.map((_, i) => `id-${String(i).padStart(3, '0')}`);
          const heap = new TopK(k);
          heap.reset(ids);
          scores.forEach((s, slot) => heap.offer(slot, s));
          const expected = scores
            .map((score, slot) => ({ slot, score }))
            .sort((a, b) => compareRanked(a.score, ids[a.slot], b.score, ids[b.slot]))
            .slice(0, k);
          expect(heap.sorted()).toEqual(expected);
        },
      ),
    );
  });
});
