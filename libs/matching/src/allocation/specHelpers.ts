/**
 * Test-only helpers shared by the allocation specs (not exported from the package): an arbitrary for
 * small random instances and an independent feasibility checker.
 */
import fc from 'fast-check';

import { Allocation, AllocationInput } from './types';

export interface InstanceShape {
  readonly maxAttendees: number;
  readonly maxOpportunities: number;
  readonly maxSlots: number;
  readonly maxCap: number;
  readonly maxEdges: number;
}

/** Scores are integers or two-decimal values, duplicates and below-minimum edges included on purpose. */
export function instanceArbitrary(shape: InstanceShape): fc.Arbitrary<AllocationInput> {
  return fc
    .record({
      // noBias: fast-check otherwise favours 1 x 1 instances, where nothing interesting happens.
      A: fc.noBias(fc.integer({ min: 1, max: shape.maxAttendees })),
      O: fc.noBias(fc.integer({ min: 1, max: shape.maxOpportunities })),
    })
    .chain(({ A, O }) =>
      fc.record({
        slots: fc.array(
          fc.oneof({ arbitrary: fc.noBias(fc.integer({ min: 1, max: shape.maxSlots })), weight: 5 }, { arbitrary: fc.constant(0), weight: 1 }),
          { minLength: O, maxLength: O },
        ),
        // Mostly binding instances; degenerate ones (0 slots, cap 0, high minimum) now and then.
        cap: fc.oneof({ arbitrary: fc.noBias(fc.integer({ min: 1, max: shape.maxCap })), weight: 8 }, { arbitrary: fc.constant(0), weight: 1 }),
        minScore: fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.integer({ min: 0, max: 70 }), weight: 1 }),
        edges: fc.array(
          fc.tuple(
            fc.noBias(fc.integer({ min: 0, max: A - 1 })),
            fc.noBias(fc.integer({ min: 0, max: O - 1 })),
            fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10000 }).map((x) => x / 100)),
          ),
          // size 'max': fast-check's default bias would give ~5 edges, too sparse for capacities to bind.
          { maxLength: shape.maxEdges, size: 'max' },
        ),
        A: fc.constant(A),
      }),
    )
    .map(({ A, slots, cap, minScore, edges }) => ({
      attendeeCount: A,
      opportunityCount: slots.length,
      opportunitySlots: Int32Array.from(slots),
      perAttendeeCap: cap,
      minScore,
      edgeAttendee: Int32Array.from(edges, (e) => e[0]),
      edgeOpportunity: Int32Array.from(edges, (e) => e[1]),
      edgeScore: Float64Array.from(edges, (e) => e[2]),
    }));
}

/**
 * Throws unless the allocation respects caps and slots, uses each given eligible pair at most once,
 * reports each pair with its best eligible score, and its counts add up.
 */
export function assertFeasible(input: AllocationInput, allocation: Allocation): void {
  const bestScore = new Map<number, number>();
  for (let i = 0; i < input.edgeAttendee.length; i++) {
    if (input.edgeScore[i] < input.minScore) continue;
    const key = input.edgeAttendee[i] * input.opportunityCount + input.edgeOpportunity[i];
    bestScore.set(key, Math.max(bestScore.get(key) ?? -1, input.edgeScore[i]));
  }
  const perAttendee = new Int32Array(input.attendeeCount);
  const fill = new Int32Array(input.opportunityCount);
  const used = new Set<number>();
  const { attendee, opportunity, score } = allocation.assignments;
  for (let i = 0; i < attendee.length; i++) {
    const key = attendee[i] * input.opportunityCount + opportunity[i];
    const best = bestScore.get(key);
    if (best === undefined) throw new Error(`pair (${attendee[i]}, ${opportunity[i]}) was not an eligible edge`);
    if (score[i] !== best) throw new Error(`pair (${attendee[i]}, ${opportunity[i]}) reported ${score[i]}, best ${best}`);
    if (score[i] < input.minScore) throw new Error('edge below minScore assigned');
    if (used.has(key)) throw new Error(`pair (${attendee[i]}, ${opportunity[i]}) assigned twice`);
    used.add(key);
    perAttendee[attendee[i]]++;
    fill[opportunity[i]]++;
  }
  for (let a = 0; a < input.attendeeCount; a++) {
    if (perAttendee[a] > input.perAttendeeCap) throw new Error(`attendee ${a} over cap`);
    if (perAttendee[a] !== allocation.perAttendee[a]) throw new Error(`perAttendee[${a}] miscounted`);
  }
  for (let o = 0; o < input.opportunityCount; o++) {
    if (fill[o] > input.opportunitySlots[o]) throw new Error(`opportunity ${o} over its slots`);
    if (fill[o] !== allocation.report.opportunityFill[o]) throw new Error(`opportunityFill[${o}] miscounted`);
  }
}

/** Same edges in a different order (Fisher-Yates driven by fast-check's seed). */
export function shuffledEdges(input: AllocationInput, seed: number): AllocationInput {
  const n = input.edgeAttendee.length;
  const order = Array.from({ length: n }, (_, i) => i);
  let state = seed >>> 0 || 1;
  for (let i = n - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j], order[i]];
  }
  return {
    ...input,
    edgeAttendee: Int32Array.from(order, (i) => input.edgeAttendee[i]),
    edgeOpportunity: Int32Array.from(order, (i) => input.edgeOpportunity[i]),
    edgeScore: Float64Array.from(order, (i) => input.edgeScore[i]),
  };
}
