import { hitAt, mean, microPrecision, percentile, precisionCount, rPrecisionAt, recallAt, reciprocalRank, topK } from './metrics';

describe('evaluation metrics', () => {
  const ranked = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];

  it('cuts a ranking at k, counting a repeated URI once at its first rank', () => {
    expect(topK(['a', 'b', 'a', 'c'], 3)).toEqual(['a', 'b', 'c']);
    expect(topK(['a'], 5)).toEqual(['a']);
  });

  it('reciprocal rank: 1 / rank of the first gold within the top 10', () => {
    expect(reciprocalRank(ranked, ['a'])).toBe(1);
    expect(reciprocalRank(ranked, ['c'])).toBeCloseTo(1 / 3, 12);
    // The best-placed of several acceptable answers counts.
    expect(reciprocalRank(ranked, ['h', 'd'])).toBe(0.25);
    expect(reciprocalRank(ranked, ['j'])).toBe(0.1);
    // Rank 11 is outside MRR@10.
    expect(reciprocalRank(ranked, ['k'])).toBe(0);
    expect(reciprocalRank([], ['a'])).toBe(0);
    // Duplicates do not push the gold down: a, a, b -> b at rank 2.
    expect(reciprocalRank(['a', 'a', 'b'], ['b'])).toBe(0.5);
    // MRR of three titles at ranks 1, 4 and none: (1 + 0.25 + 0) / 3.
    expect(mean([reciprocalRank(ranked, ['a']), reciprocalRank(ranked, ['d']), reciprocalRank(ranked, ['z'])])).toBeCloseTo(1.25 / 3, 12);
  });

  it('title recall at k: any gold in the top k', () => {
    expect(hitAt(ranked, ['e'], 1)).toBe(0);
    expect(hitAt(ranked, ['e'], 5)).toBe(1);
    expect(hitAt(ranked, ['f', 'z'], 5)).toBe(0);
    expect(hitAt(ranked, ['f', 'z'], 10)).toBe(1);
    expect(hitAt(ranked, ['a'], 1)).toBe(1);
  });

  it('sentence recall at k: share of the gold in the top k', () => {
    // gold {b, g, z}: b and g in the top 10 -> 2/3; only b in the top 5 -> 1/3.
    expect(recallAt(ranked, ['b', 'g', 'z'], 10)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(ranked, ['b', 'g', 'z'], 5)).toBeCloseTo(1 / 3, 12);
    // Repeated gold counts once.
    expect(recallAt(ranked, ['b', 'b'], 10)).toBe(1);
    expect(recallAt(ranked, [], 10)).toBeNaN();
  });

  it('R-precision at 5: gold in the top 5 over min(5, |gold|)', () => {
    // One gold, found at rank 3: 1/1.
    expect(rPrecisionAt(ranked, ['c'])).toBe(1);
    // Two gold, one in the top 5: 1/2.
    expect(rPrecisionAt(ranked, ['c', 'h'])).toBe(0.5);
    // Seven gold, four in the top 5: 4 / min(5, 7) = 0.8.
    expect(rPrecisionAt(ranked, ['a', 'b', 'c', 'd', 'x', 'y', 'z'])).toBeCloseTo(0.8, 12);
    // Six gold covering the whole top 5: 5/5.
    expect(rPrecisionAt(ranked, ['a', 'b', 'c', 'd', 'e', 'f'])).toBe(1);
    // A short ranking is not padded: one answer, right, two gold -> 1/2.
    expect(rPrecisionAt(['a'], ['a', 'b'])).toBe(0.5);
    expect(rPrecisionAt(ranked, [])).toBeNaN();
  });

  it('precision of the extracted skills, micro-averaged, negatives counting their false positives', () => {
    const counts = [
      precisionCount(['a', 'b', 'c'], ['a', 'c', 'x']), // 2 of 3
      precisionCount(['d'], ['y']), // 0 of 1
      precisionCount(['e', 'f'], []), // negative sentence: 0 of 2
      precisionCount([], ['z']), // nothing extracted: adds nothing
      precisionCount(['g', 'g'], ['g']), // a repeated concept counts once: 1 of 1
    ];
    expect(counts[0]).toEqual({ correct: 2, extracted: 3 });
    expect(counts[2]).toEqual({ correct: 0, extracted: 2 });
    expect(counts[4]).toEqual({ correct: 1, extracted: 1 });
    // (2 + 0 + 0 + 0 + 1) / (3 + 1 + 2 + 0 + 1) = 3/7, not the macro mean of the per-sentence values.
    expect(microPrecision(counts)).toBeCloseTo(3 / 7, 12);
    expect(microPrecision([precisionCount([], ['a'])])).toBeNaN();
    expect(microPrecision([])).toBeNaN();
  });

  it('mean and nearest-rank percentile', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(mean([])).toBeNaN();
    const ms = Array.from({ length: 20 }, (_, i) => i + 1); // 1..20
    expect(percentile(ms, 95)).toBe(19);
    expect(percentile(ms, 50)).toBe(10);
    expect(percentile(ms, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });
});
