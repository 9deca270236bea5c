import { SimpleBounds } from './bounds';
import { CanonicalEdges } from './canonicalEdges';
import { GreedyResult } from './greedy';
import { Allocation, AllocationInput, AllocationStrategy } from './types';

export interface ReportParts {
  readonly input: AllocationInput;
  readonly strategy: AllocationStrategy;
  readonly scale: number;
  readonly edges: CanonicalEdges;
  /** chosen[p] = 1 when canonical edge p is assigned. */
  readonly chosen: Uint8Array;
  readonly bounds: SimpleBounds;
  readonly coverageBonus: number;
  readonly dualBoundScaled: number;
  readonly greedy: GreedyResult;
}

const relativeGap = (bound: number, value: number): number => (bound > 0 ? (bound - value) / bound : 0);

/** Turns the chosen edges into the public Allocation: assignment arrays, counts, bounds and gaps. */
export function buildReport(parts: ReportParts): Allocation {
  const { input, edges, chosen, scale, bounds } = parts;
  const perAttendee = new Int32Array(input.attendeeCount);
  const fill = new Int32Array(input.opportunityCount);
  let count = 0;
  let totalScaled = 0;
  for (let p = 0; p < edges.count; p++) {
    if (!chosen[p]) continue;
    count++;
    perAttendee[edges.attendee[p]]++;
    fill[edges.opportunity[p]]++;
    totalScaled += edges.scaled[p];
  }
  // Canonical order is attendee asc, score desc, opportunity asc: the documented assignment order.
  const attendee = new Int32Array(count);
  const opportunity = new Int32Array(count);
  const score = new Float64Array(count);
  for (let p = 0, i = 0; p < edges.count; p++) {
    if (!chosen[p]) continue;
    attendee[i] = edges.attendee[p];
    opportunity[i] = edges.opportunity[p];
    score[i] = edges.score[p];
    i++;
  }
  const histogram = new Array<number>(Math.max(0, input.perAttendeeCap) + 1).fill(0);
  let covered = 0;
  for (let a = 0; a < input.attendeeCount; a++) {
    histogram[perAttendee[a]]++;
    if (perAttendee[a] > 0) covered++;
  }
  const primalObjectiveScaled = parts.coverageBonus * covered + totalScaled;
  return {
    assignments: { attendee, opportunity, score },
    perAttendee,
    report: {
      strategy: parts.strategy,
      totalScore: totalScaled / scale,
      totalScoreScaled: totalScaled,
      scoreScale: scale,
      attendeesCovered: covered,
      assignmentCount: count,
      interviewsHistogram: histogram,
      opportunityFill: fill,
      bounds: {
        attendeeSideBound: bounds.attendeeSideScaled / scale,
        opportunitySideBound: bounds.opportunitySideScaled / scale,
        simpleBound: bounds.simpleScaled / scale,
        coverageBound: bounds.coverage,
        coverageBonusScaled: parts.coverageBonus,
        dualBoundScaled: parts.dualBoundScaled,
        primalObjectiveScaled,
      },
      gapToBound: relativeGap(bounds.simpleScaled, totalScaled),
      certifiedOptimal: primalObjectiveScaled === parts.dualBoundScaled,
      greedy: {
        totalScore: parts.greedy.totalScaled / scale,
        attendeesCovered: parts.greedy.covered,
        gapToOptimum: relativeGap(totalScaled, parts.greedy.totalScaled),
      },
    },
  };
}
