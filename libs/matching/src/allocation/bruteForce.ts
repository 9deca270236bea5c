import { AllocationInput } from './types';

export interface BruteForceOptimum {
  /** Best total score (scaled integers) over all feasible allocations. */
  readonly maxTotalScaled: number;
  /** Lexicographic best (coverage, then total) over all feasible allocations. */
  readonly coverageFirst: { readonly covered: number; readonly totalScaled: number };
}

/**
 * Exhaustive optimum for tiny instances (A <= 6, O <= 4): the test oracle for `allocate`.
 * Deliberately shares no code with the solver (own edge filtering and de-duplication) so a bug in
 * the production path cannot hide by being reproduced here. Attendee by attendee it tries every
 * subset of their eligible edges that respects the cap and the remaining slots.
 */
export function bruteForceOptimum(input: AllocationInput, scale: number): BruteForceOptimum {
  const A = input.attendeeCount;
  const O = input.opportunityCount;
  if (A > 8 || O > 6) throw new RangeError('bruteForceOptimum is for tiny instances only');
  // best[a][o] = best eligible scaled score, or -1 when the pair is not an eligible edge.
  const best: number[][] = Array.from({ length: A }, () => new Array<number>(O).fill(-1));
  for (let i = 0; i < input.edgeAttendee.length; i++) {
    const s = input.edgeScore[i];
    if (s < input.minScore) continue;
    const a = input.edgeAttendee[i];
    const o = input.edgeOpportunity[i];
    best[a][o] = Math.max(best[a][o], Math.round(s * scale));
  }
  const remaining = Array.from(input.opportunitySlots);
  let maxTotal = 0;
  let lexCovered = 0;
  let lexTotal = 0;
  const visit = (a: number, covered: number, total: number): void => {
    if (a === A) {
      maxTotal = Math.max(maxTotal, total);
      if (covered > lexCovered || (covered === lexCovered && total > lexTotal)) {
        lexCovered = covered;
        lexTotal = total;
      }
      return;
    }
    for (let mask = 0; mask < 1 << O; mask++) {
      let count = 0;
      let gain = 0;
      let ok = true;
      for (let o = 0; o < O && ok; o++) {
        if (!(mask & (1 << o))) continue;
        ok = best[a][o] >= 0 && remaining[o] > 0;
        count++;
        gain += best[a][o];
      }
      if (!ok || count > input.perAttendeeCap) continue;
      for (let o = 0; o < O; o++) if (mask & (1 << o)) remaining[o]--;
      visit(a + 1, covered + (count > 0 ? 1 : 0), total + gain);
      for (let o = 0; o < O; o++) if (mask & (1 << o)) remaining[o]++;
    }
  };
  visit(0, 0, 0);
  return { maxTotalScaled: maxTotal, coverageFirst: { covered: lexCovered, totalScaled: lexTotal } };
}
