import fc from 'fast-check';

import { allocate, DEFAULT_SCORE_SCALE } from './allocate';
import { bruteForceOptimum } from './bruteForce';
import { assertFeasible, instanceArbitrary, shuffledEdges } from './specHelpers';
import { AllocationStrategy } from './types';

// maxSlots 2 keeps tiny instances crowded, where greedy and max_total go wrong if anything does.
const tiny = instanceArbitrary({ maxAttendees: 6, maxOpportunities: 4, maxSlots: 2, maxCap: 3, maxEdges: 24 });
const medium = instanceArbitrary({ maxAttendees: 60, maxOpportunities: 12, maxSlots: 6, maxCap: 4, maxEdges: 400 });
const strategies: AllocationStrategy[] = ['max_total', 'coverage_first'];
const sides = ['attendees', 'opportunities'] as const;

describe('allocate (properties)', () => {
  it('respects caps, slots, minScore and the given edges', () => {
    fc.assert(
      fc.property(medium, fc.constantFrom(...strategies), (input, strategy) => {
        assertFeasible(input, allocate(input, { strategy }));
      }),
      { numRuns: 200 },
    );
  });

  it('max_total equals the brute-force optimum on small instances, from either supply side', () => {
    fc.assert(
      fc.property(tiny, fc.constantFrom(...sides), (input, supplySide) => {
        const result = allocate(input, { strategy: 'max_total', supplySide });
        assertFeasible(input, result);
        expect(result.report.totalScoreScaled).toBe(bruteForceOptimum(input, DEFAULT_SCORE_SCALE).maxTotalScaled);
        expect(result.report.certifiedOptimal).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('coverage_first equals the brute-force lexicographic (coverage, total) optimum', () => {
    fc.assert(
      fc.property(tiny, fc.constantFrom(...sides), (input, supplySide) => {
        const result = allocate(input, { strategy: 'coverage_first', supplySide });
        assertFeasible(input, result);
        const best = bruteForceOptimum(input, DEFAULT_SCORE_SCALE).coverageFirst;
        expect([result.report.attendeesCovered, result.report.totalScoreScaled]).toEqual([best.covered, best.totalScaled]);
        expect(result.report.certifiedOptimal).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('coverage_first never covers fewer attendees than max_total, and max_total never scores less', () => {
    fc.assert(
      fc.property(medium, (input) => {
        const total = allocate(input, { strategy: 'max_total' }).report;
        const coverage = allocate(input, { strategy: 'coverage_first' }).report;
        expect(coverage.attendeesCovered).toBeGreaterThanOrEqual(total.attendeesCovered);
        expect(total.totalScoreScaled).toBeGreaterThanOrEqual(coverage.totalScoreScaled);
      }),
      { numRuns: 150 },
    );
  });

  it('both supply sides reach the same certified optimum on medium instances', () => {
    fc.assert(
      fc.property(medium, fc.constantFrom(...strategies), (input, strategy) => {
        const a = allocate(input, { strategy, supplySide: 'attendees' }).report;
        const o = allocate(input, { strategy, supplySide: 'opportunities' }).report;
        expect(a.certifiedOptimal && o.certifiedOptimal).toBe(true);
        // max_total may pick different optimal allocations (coverage can differ); the objective cannot.
        expect(a.totalScoreScaled).toBe(o.totalScoreScaled);
        if (strategy === 'coverage_first') expect(a.attendeesCovered).toBe(o.attendeesCovered);
      }),
      { numRuns: 150 },
    );
  });

  it('reports bounds that hold and a greedy baseline that never beats the optimum', () => {
    fc.assert(
      fc.property(medium, (input) => {
        const { report } = allocate(input, { strategy: 'max_total' });
        const scale = report.scoreScale;
        expect(report.totalScoreScaled).toBeLessThanOrEqual(Math.round(report.bounds.simpleBound * scale));
        expect(report.bounds.dualBoundScaled).toBe(report.totalScoreScaled);
        expect(report.greedy.totalScore).toBeLessThanOrEqual(report.totalScore + 1e-9);
        expect(report.greedy.gapToOptimum).toBeGreaterThanOrEqual(0);
        expect(report.gapToBound).toBeGreaterThanOrEqual(0);
        expect(report.attendeesCovered).toBeLessThanOrEqual(report.bounds.coverageBound);
        expect(report.interviewsHistogram.reduce((x, y) => x + y, 0)).toBe(input.attendeeCount);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic: same input, identical output; shuffled edges, identical assignments', () => {
    fc.assert(
      fc.property(medium, fc.constantFrom(...strategies), fc.integer(), (input, strategy, seed) => {
        const first = allocate(input, { strategy });
        expect(allocate(input, { strategy })).toEqual(first);
        const shuffled = allocate(shuffledEdges(input, seed), { strategy });
        expect(shuffled.report.totalScoreScaled).toBe(first.report.totalScoreScaled);
        expect(shuffled.report.attendeesCovered).toBe(first.report.attendeesCovered);
        expect(shuffled.assignments).toEqual(first.assignments);
      }),
      { numRuns: 100 },
    );
  });
});
