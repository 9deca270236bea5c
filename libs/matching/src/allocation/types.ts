/**
 * Shared types of the capacity-constrained allocator (job-fair shortlists, cohort fills).
 *
 * The input is deliberately a compact struct of typed arrays: a fair of 10,000 attendees with 25
 * candidate edges each is 250k edges, and one object per edge would cost ~20x the memory and make the
 * scorer -> allocator hand-off slow. Use `buildAllocationInput` when convenience matters more.
 */

/**
 * `max_total`: maximise the sum of scores of the chosen (attendee, opportunity) pairs.
 * `coverage_first`: first maximise the number of attendees with at least one pair, then the sum.
 */
export type AllocationStrategy = 'max_total' | 'coverage_first';

export interface AllocationInput {
  /** Attendees are 0..attendeeCount-1. */
  readonly attendeeCount: number;
  /** Opportunities are 0..opportunityCount-1; `opportunitySlots.length` must equal it. */
  readonly opportunityCount: number;
  /** Interview slots (fairs) or seats (cohorts) per opportunity; 0 means it takes nobody. */
  readonly opportunitySlots: Int32Array;
  /** Maximum number of pairs per attendee (interviews at a fair; usually 1 for cohorts). */
  readonly perAttendeeCap: number;
  /** Edges scoring below this are never assigned (and never put on a waiting list). */
  readonly minScore: number;
  /** Candidate edge i is (edgeAttendee[i], edgeOpportunity[i]) with score edgeScore[i] in 0..100. */
  readonly edgeAttendee: Int32Array;
  readonly edgeOpportunity: Int32Array;
  readonly edgeScore: Float64Array;
}

export interface AllocationOptions {
  readonly strategy: AllocationStrategy;
  /**
   * Scores are rounded to integer multiples of 1/scoreScale before optimising, so the solver works in
   * exact integer arithmetic (no float drift in potentials). Default 1000 (three decimals).
   */
  readonly scoreScale?: number;
  /**
   * Which side of the bipartite graph ships the flow. Default: the one with less total capacity,
   * which is fastest. Either gives the same optimal objective (tests force both).
   */
  readonly supplySide?: 'attendees' | 'opportunities';
}

/** The chosen pairs, sorted by attendee asc, score desc, opportunity asc. */
export interface Assignments {
  readonly attendee: Int32Array;
  readonly opportunity: Int32Array;
  /** Original (unscaled) score of the edge. */
  readonly score: Float64Array;
}

export interface GreedyBaseline {
  readonly totalScore: number;
  readonly attendeesCovered: number;
  /** (optimum - greedy) / optimum on the total score; 0 when the optimum is 0. Can be negative under
   * coverage_first, where greedy may buy total score with coverage. */
  readonly gapToOptimum: number;
}

export interface AllocationBounds {
  /** Sum over attendees of their best `cap` eligible scores: no allocation can beat it. */
  readonly attendeeSideBound: number;
  /** Sum over opportunities of their best `slots` eligible scores: no allocation can beat it. */
  readonly opportunitySideBound: number;
  /** min of the two above; independent of the flow solver, so a meaningful yardstick. */
  readonly simpleBound: number;
  /** Upper bound on attendees covered: attendees with an eligible edge, capped by total slots. */
  readonly coverageBound: number;
  /** M of the coverage_first construction in scaled units (0 for max_total). */
  readonly coverageBonusScaled: number;
  /**
   * Lagrangian (LP dual) bound on the strategy's objective computed from the solver's final node
   * potentials; valid for any potentials (weak duality), tight when the flow is optimal.
   * For `max_total` it is a bound on the total score; for `coverage_first` on
   * `coverageBonusScaled * covered + total` (see README), in scaled integer units.
   */
  readonly dualBoundScaled: number;
  /** The strategy objective of the returned allocation, same units as dualBoundScaled. */
  readonly primalObjectiveScaled: number;
}

export interface AllocationReport {
  readonly strategy: AllocationStrategy;
  readonly totalScore: number;
  /** Total in scaled integer units (exact; what tests compare). */
  readonly totalScoreScaled: number;
  readonly scoreScale: number;
  readonly attendeesCovered: number;
  readonly assignmentCount: number;
  /** histogram[k] = number of attendees with exactly k pairs, k = 0..perAttendeeCap. */
  readonly interviewsHistogram: readonly number[];
  /** Pairs per opportunity (never above its slots). */
  readonly opportunityFill: Int32Array;
  readonly bounds: AllocationBounds;
  /** (simpleBound - total) / simpleBound, 0 when the bound is 0. A property of the instance as much
   * as of the method: it shows how much value the capacities force us to leave on the table. */
  readonly gapToBound: number;
  /** True when primal objective == dual bound, i.e. the solver certified its own optimality. */
  readonly certifiedOptimal: boolean;
  readonly greedy: GreedyBaseline;
}

export interface Allocation {
  readonly assignments: Assignments;
  /** Pairs per attendee. */
  readonly perAttendee: Int32Array;
  readonly report: AllocationReport;
}
