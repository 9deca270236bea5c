import { AllocationInput } from './types';

/**
 * The eligible edges in one canonical order: attendee asc, score desc, opportunity asc, grouped by
 * attendee (CSR: attendee a owns positions start[a]..start[a+1]-1).
 *
 * Why canonical: the solver's tie-breaking follows graph order, so sorting here makes the output a
 * function of the edge *set* — shuffling the input edges yields the identical allocation.
 * Edges below minScore are dropped; duplicate (attendee, opportunity) pairs keep the best score.
 */
export interface CanonicalEdges {
  readonly count: number;
  readonly attendee: Int32Array;
  readonly opportunity: Int32Array;
  /** Original score (for reporting). */
  readonly score: Float64Array;
  /** round(score * scale): the solver's exact integer weight. */
  readonly scaled: Int32Array;
  readonly start: Int32Array;
}

export function canonicalizeEdges(input: AllocationInput, scale: number): CanonicalEdges {
  const A = input.attendeeCount;
  const E = input.edgeAttendee.length;
  // Counting sort by attendee (stable), keeping only eligible edges.
  const start = new Int32Array(A + 1);
  for (let i = 0; i < E; i++) {
    if (input.edgeScore[i] >= input.minScore) start[input.edgeAttendee[i] + 1]++;
  }
  for (let a = 0; a < A; a++) start[a + 1] += start[a];
  const order = new Int32Array(start[A]);
  const fill = start.slice(0, A);
  for (let i = 0; i < E; i++) {
    if (input.edgeScore[i] >= input.minScore) order[fill[input.edgeAttendee[i]]++] = i;
  }
  // Within an attendee (~k = 20..30 edges) an insertion sort on (score desc, opportunity asc) is cheapest.
  const before = (i: number, j: number): boolean => {
    const si = input.edgeScore[i];
    const sj = input.edgeScore[j];
    return si > sj || (si === sj && input.edgeOpportunity[i] < input.edgeOpportunity[j]);
  };
  for (let a = 0; a < A; a++) {
    for (let p = start[a] + 1; p < start[a + 1]; p++) {
      const cur = order[p];
      let q = p - 1;
      while (q >= start[a] && before(cur, order[q])) {
        order[q + 1] = order[q];
        q--;
      }
      order[q + 1] = cur;
    }
  }
  // Drop duplicates: the first occurrence per (attendee, opportunity) is the best-scored one.
  const seenBy = new Int32Array(input.opportunityCount).fill(-1);
  const outStart = new Int32Array(A + 1);
  const attendee = new Int32Array(order.length);
  const opportunity = new Int32Array(order.length);
  const score = new Float64Array(order.length);
  const scaled = new Int32Array(order.length);
  let n = 0;
  for (let a = 0; a < A; a++) {
    outStart[a] = n;
    for (let p = start[a]; p < start[a + 1]; p++) {
      const i = order[p];
      const o = input.edgeOpportunity[i];
      if (seenBy[o] === a) continue;
      seenBy[o] = a;
      attendee[n] = a;
      opportunity[n] = o;
      score[n] = input.edgeScore[i];
      scaled[n] = Math.round(input.edgeScore[i] * scale);
      n++;
    }
  }
  outStart[A] = n;
  return {
    count: n,
    attendee: attendee.subarray(0, n),
    opportunity: opportunity.subarray(0, n),
    score: score.subarray(0, n),
    scaled: scaled.subarray(0, n),
    start: outStart,
  };
}
