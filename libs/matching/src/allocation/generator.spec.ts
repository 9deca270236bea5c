import { allocate } from './allocate';
import { generateFairInstance, mulberry32 } from './generator';
import { assertFeasible } from './specHelpers';

describe('generateFairInstance', () => {
  it('is a pure function of its arguments', () => {
    expect(generateFairInstance(1, 50, 10, 2, 3, 5)).toEqual(generateFairInstance(1, 50, 10, 2, 3, 5));
    expect(generateFairInstance(1, 50, 10, 2, 3, 5)).not.toEqual(generateFairInstance(2, 50, 10, 2, 3, 5));
    const r = mulberry32(42);
    const first = [r(), r(), r()];
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    const again = mulberry32(42);
    expect([again(), again(), again()]).toEqual(first);
  });

  it('gives every attendee k distinct opportunities with scores in 0..100', () => {
    const input = generateFairInstance(3, 200, 30, 4, 3, 12);
    expect(input.edgeAttendee.length).toBe(200 * 12);
    const seen = new Set<number>();
    for (let i = 0; i < input.edgeAttendee.length; i++) {
      const key = input.edgeAttendee[i] * 30 + input.edgeOpportunity[i];
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      expect(input.edgeScore[i]).toBeGreaterThanOrEqual(0);
      expect(input.edgeScore[i]).toBeLessThanOrEqual(100);
    }
  });

  it('2,000 attendees x 200 opportunities solve to certified optima within the constraints', () => {
    // No timing assertion (machines are noisy); this guards against pathological slowness and checks
    // feasibility at a size the property tests do not reach.
    const input = generateFairInstance(2024, 2000, 200, 8, 3, 25);
    for (const strategy of ['max_total', 'coverage_first'] as const) {
      const allocation = allocate(input, { strategy });
      assertFeasible(input, allocation);
      expect(allocation.report.certifiedOptimal).toBe(true);
      const { report } = allocation;
      if (strategy === 'max_total') expect(report.totalScore).toBeGreaterThanOrEqual(report.greedy.totalScore);
      else expect(report.attendeesCovered).toBeGreaterThanOrEqual(report.greedy.attendeesCovered);
    }
  });
});
