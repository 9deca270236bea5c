import { CanonicalEdges } from './canonicalEdges';
import { FlowNetwork } from './minCostFlow';
import { AllocationStrategy } from './types';

/**
 * The allocation as a min-cost flow (nodes: attendees 0..A-1, opportunities A..A+O-1, sink T = A+O).
 * Built from either side (see SupplySide); the attendee-side form, which the other mirrors, is
 *
 *   attendee a (supply b_a = min(cap, usable edges))
 *     --[cap 1, cost -score]--> opportunity o --[cap slots_o, cost 0]--> T (demand sum b_a)
 *   attendee a --[bypass, cost 0]--> T       ("this unit of a's cap stays unused")
 *
 * This is the textbook source -> attendee -> opportunity -> sink network with the source folded into
 * the attendee supplies and a zero-cost bypass so every unit must be shipped. Shipping a unit through
 * an opportunity instead of the bypass gains its score, so the min-cost flow is exactly the max-weight
 * allocation: a path of non-negative cost is never preferred to the bypass, which is the "stop when
 * the best path is no longer negative" rule built into the graph. Supplies at the attendees let the
 * solver start each search at one attendee instead of at a source joined to all of them.
 *
 * coverage_first splits the bypass into (b_a - 1 units, cost 0) + (1 unit, cost M): an attendee pays
 * M only when ALL of their units bypass, i.e. when they get no interview (the cheap arc fills first in
 * any optimal flow, otherwise moving a unit to it saves M). So
 *   cost = -total + M * (#uncovered attendees).
 * Every feasible allocation has total in [0, simpleBound], so with M = simpleBound + 1 one more covered
 * attendee outweighs any difference in totals: minimising cost maximises coverage first and, among the
 * allocations with maximal coverage, the total. Lexicographically exact, in one flow. (Equivalent to a
 * source arc of cost -M for each attendee's first unit, by a constant shift of M per attendee.)
 */
export interface AllocationNetwork {
  readonly net: FlowNetwork;
  /** Arc id of canonical edge p, or -1 when its opportunity has no slots. */
  readonly edgeArc: Int32Array;
  readonly initialPotentials: Float64Array;
  /**
   * The strategy objective (M * covered + total, M = 0 for max_total) is `objectiveOffset - cost`
   * for any flow, so the flow's Lagrangian lower bound LB gives the bound `objectiveOffset - LB`.
   */
  readonly objectiveOffset: number;
}

/**
 * Which side ships the flow. The solver runs one search per unit of supply, and searches from the
 * scarce side are short: at a fair 1,000 x 8 slots meet 10,000 x 3 wishes, so searching from the
 * slots finds a free attendee within a step or two, while searching from attendees keeps running into
 * full opportunities. `allocate` picks the side with less supply; the optimum is the same either way.
 */
export type SupplySide = 'attendees' | 'opportunities';

export function buildAllocationNetwork(
  edges: CanonicalEdges,
  slots: Int32Array,
  cap: number,
  strategy: AllocationStrategy,
  coverageBonusScaled: number,
  side: SupplySide,
  byScoreDesc: Int32Array,
): AllocationNetwork {
  return side === 'attendees'
    ? fromAttendees(edges, slots, cap, strategy, coverageBonusScaled)
    : fromOpportunities(edges, slots, cap, strategy, coverageBonusScaled, byScoreDesc);
}

/** Usable edges per attendee and per opportunity (edges to opportunities with slots). */
export function usableDegrees(edges: CanonicalEdges, slots: Int32Array): { attendee: Int32Array; opportunity: Int32Array } {
  const attendee = new Int32Array(edges.start.length - 1);
  const opportunity = new Int32Array(slots.length);
  for (let p = 0; p < edges.count; p++) {
    const o = edges.opportunity[p];
    if (slots[o] === 0) continue;
    attendee[edges.attendee[p]]++;
    opportunity[o]++;
  }
  return { attendee, opportunity };
}

function fromAttendees(
  edges: CanonicalEdges,
  slots: Int32Array,
  cap: number,
  strategy: AllocationStrategy,
  coverageBonusScaled: number,
): AllocationNetwork {
  const A = edges.start.length - 1;
  const O = slots.length;
  const T = A + O;
  const net = new FlowNetwork(A + O + 1, edges.count + O + 2 * A);
  const edgeArc = new Int32Array(edges.count).fill(-1);
  // pi(a) = a's best score, pi(o) = pi(T) = 0 makes every initial reduced cost >= 0
  // (-score + best >= 0 on edges; best >= 0 on the bypass), and tight on a's best edge, so the
  // first search from a walks straight to its best opportunity.
  const pi = new Float64Array(A + O + 1);
  let suppliedAttendees = 0;
  let totalSupply = 0;
  for (let a = 0; a < A; a++) {
    let usable = 0;
    for (let p = edges.start[a]; p < edges.start[a + 1]; p++) {
      const o = edges.opportunity[p];
      if (slots[o] === 0) continue;
      if (usable === 0) pi[a] = edges.scaled[p];
      edgeArc[p] = net.addArc(a, A + o, 1, -edges.scaled[p]);
      usable++;
    }
    const supply = Math.min(cap, usable);
    if (supply === 0) continue;
    suppliedAttendees++;
    totalSupply += supply;
    net.supply[a] = supply;
    if (strategy === 'coverage_first') {
      if (supply > 1) net.addArc(a, T, supply - 1, 0);
      net.addArc(a, T, 1, coverageBonusScaled);
    } else {
      net.addArc(a, T, supply, 0);
    }
  }
  for (let o = 0; o < O; o++) if (slots[o] > 0) net.addArc(A + o, T, slots[o], 0);
  net.supply[T] = -totalSupply;
  // cost = -total + M * (supplied - covered)  =>  M * covered + total = M * supplied - cost.
  return { net, edgeArc, initialPotentials: pi, objectiveOffset: coverageBonusScaled * suppliedAttendees };
}

/**
 * Mirror image: opportunity o (supply min(slots, usable edges)) --[1, -score]--> attendee a
 * --[cap, 0]--> T, plus a bypass o --[supply, 0]--> T for slots that stay empty. coverage_first gives
 * each attendee's first unit into T a bonus instead: a --[1, -M]--> T and a --[cap-1, 0]--> T; the
 * bonus arc fills first in any optimal flow, so cost = -total - M * covered, the same objective.
 */
function fromOpportunities(
  edges: CanonicalEdges,
  slots: Int32Array,
  cap: number,
  strategy: AllocationStrategy,
  coverageBonusScaled: number,
  byScoreDesc: Int32Array,
): AllocationNetwork {
  const A = edges.start.length - 1;
  const O = slots.length;
  const T = A + O;
  const net = new FlowNetwork(A + O + 1, edges.count + O + 2 * A);
  const edgeArc = new Int32Array(edges.count).fill(-1);
  // pi(o) = o's best score, pi(a) = 0, pi(T) = -M: reduced costs -score + best >= 0 on edges,
  // -M + 0 + M = 0 on bonus arcs, M >= 0 on plain attendee arcs, best + M >= 0 on bypasses.
  const pi = new Float64Array(A + O + 1);
  const M = strategy === 'coverage_first' ? coverageBonusScaled : 0;
  pi[T] = -M;
  const degree = new Int32Array(A);
  const usable = new Int32Array(O);
  // Global score order, so each opportunity's arcs are listed best first (attendee asc on ties).
  for (let i = 0; i < byScoreDesc.length; i++) {
    const p = byScoreDesc[i];
    const o = edges.opportunity[p];
    if (slots[o] === 0) continue;
    const a = edges.attendee[p];
    if (usable[o] === 0) pi[A + o] = edges.scaled[p];
    edgeArc[p] = net.addArc(A + o, a, 1, -edges.scaled[p]);
    usable[o]++;
    degree[a]++;
  }
  let totalSupply = 0;
  for (let a = 0; a < A; a++) {
    const room = Math.min(cap, degree[a]);
    if (room === 0) continue;
    if (M > 0) {
      net.addArc(a, T, 1, -M);
      if (room > 1) net.addArc(a, T, room - 1, 0);
    } else {
      net.addArc(a, T, room, 0);
    }
  }
  for (let o = 0; o < O; o++) {
    const supply = Math.min(slots[o], usable[o]);
    if (supply === 0) continue;
    net.supply[A + o] = supply;
    totalSupply += supply;
    net.addArc(A + o, T, supply, 0);
  }
  net.supply[T] = -totalSupply;
  // cost = -total - M * covered  =>  M * covered + total = -cost.
  return { net, edgeArc, initialPotentials: pi, objectiveOffset: 0 };
}
