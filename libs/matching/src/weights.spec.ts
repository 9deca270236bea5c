import { compileWeights, DEFAULT_WEIGHTS, InvalidWeightsError, mergeWeights } from './weights';

describe('weights', () => {
  it('defaults sum to 1 and cover every component', () => {
    const sum = Object.values(DEFAULT_WEIGHTS).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1);
    expect(compileWeights(DEFAULT_WEIGHTS)).toHaveLength(8);
  });

  it('merges an override without touching the base', () => {
    const w = mergeWeights(DEFAULT_WEIGHTS, { demand: 0, skills: 1 });
    expect(w.demand).toBe(0);
    expect(w.skills).toBe(1);
    expect(w.language).toBe(DEFAULT_WEIGHTS.language);
    expect(DEFAULT_WEIGHTS.skills).toBe(0.35);
  });

  it.each([
    [{ skills: -1 }],
    [{ skills: Number.NaN }],
    [{ skills: Infinity }],
    [{ nope: 1 } as never],
  ])('rejects invalid override %p', (o) => {
    expect(() => mergeWeights(DEFAULT_WEIGHTS, o)).toThrow(InvalidWeightsError);
  });

  it('rejects all-zero weights', () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((k) => [k, 0]));
    expect(() => mergeWeights(DEFAULT_WEIGHTS, zero)).toThrow(/at least one/);
  });
});
