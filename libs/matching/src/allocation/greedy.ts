import { CanonicalEdges } from './canonicalEdges';
import { AllocationStrategy } from './types';

export interface GreedyResult {
  readonly chosen: Uint8Array;
  readonly totalScaled: number;
  readonly covered: number;
}

/**
 * What a team would write instead of an exact method: walk edges best-first and take each one that
 * still fits. For `coverage_first` it makes two passes (first only attendees without a pair yet).
 * Reported beside the optimum so the value of exactness is visible.
 */
export function greedyAllocate(
  edges: CanonicalEdges,
  slots: Int32Array,
  cap: number,
  byScoreDesc: Int32Array,
  strategy: AllocationStrategy,
): GreedyResult {
  const A = edges.start.length - 1;
  const perAttendee = new Int32Array(A);
  const fill = new Int32Array(slots.length);
  const chosen = new Uint8Array(edges.count);
  let totalScaled = 0;
  let covered = 0;
  const pass = (onlyUncovered: boolean): void => {
    for (let i = 0; i < byScoreDesc.length; i++) {
      const p = byScoreDesc[i];
      const a = edges.attendee[p];
      const o = edges.opportunity[p];
      if (chosen[p] || perAttendee[a] >= cap || fill[o] >= slots[o]) continue;
      if (onlyUncovered && perAttendee[a] > 0) continue;
      chosen[p] = 1;
      if (perAttendee[a]++ === 0) covered++;
      fill[o]++;
      totalScaled += edges.scaled[p];
    }
  };
  if (strategy === 'coverage_first') pass(true);
  pass(false);
  return { chosen, totalScaled, covered };
}
