import { buildAllocationNetwork, SupplySide, usableDegrees } from './allocationNetwork';
import { simpleBounds } from './bounds';
import { CanonicalEdges, canonicalizeEdges } from './canonicalEdges';
import { greedyAllocate } from './greedy';
import { validateAllocationInput } from './input';
import { solveMinCostFlow } from './minCostFlow';
import { buildReport } from './report';
import { edgesByScoreDesc } from './scoreOrder';
import { Allocation, AllocationInput, AllocationOptions } from './types';

export const DEFAULT_SCORE_SCALE = 1000;

/**
 * Exact capacity-constrained allocation (see allocationNetwork.ts for the model, README.md for the
 * algorithm). Pure and deterministic: the result depends only on the input's edge *set* (order of
 * edges does not matter), never on time or randomness. It takes no attributes of people at all —
 * group labels for the fairness audit go to `exposureReport`, after the fact.
 *
 * Ties between equally good allocations are broken by the canonical graph order: attendees are served
 * round-robin in index order, each attendee's edges are tried by score desc then opportunity asc, and
 * the heap prefers the lower node id on equal distances.
 */
export function allocate(input: AllocationInput, options: AllocationOptions): Allocation {
  validateAllocationInput(input);
  const scale = options.scoreScale ?? DEFAULT_SCORE_SCALE;
  if (!(scale > 0 && Number.isFinite(scale))) throw new RangeError(`scoreScale must be positive, got ${scale}`);
  const { strategy } = options;
  const cap = input.perAttendeeCap;
  const slots = input.opportunitySlots;

  const edges = canonicalizeEdges(input, scale);
  const byScore = edgesByScoreDesc(edges);
  const bounds = simpleBounds(edges, slots, cap, byScore);
  const coverageBonus = strategy === 'coverage_first' ? bounds.simpleScaled + 1 : 0;
  // All solver arithmetic is on integers; keep sums of potentials x supplies exactly representable.
  const magnitude = (coverageBonus + 100 * scale + 1) * (edges.count + input.attendeeCount + input.opportunityCount + 1);
  if (magnitude * Math.max(1, cap) >= Number.MAX_SAFE_INTEGER) {
    throw new RangeError('allocate: instance too large for exact integer costs at this scoreScale; lower it');
  }

  const side = chooseSupplySide(edges, slots, cap, options.supplySide);
  const network = buildAllocationNetwork(edges, slots, cap, strategy, coverageBonus, side, byScore);
  const flow = solveMinCostFlow(network.net, { initialPotentials: network.initialPotentials });

  const chosen = new Uint8Array(edges.count);
  for (let p = 0; p < edges.count; p++) {
    const arc = network.edgeArc[p];
    if (arc >= 0 && flow.flow(arc) > 0) chosen[p] = 1;
  }
  const greedy = greedyAllocate(edges, slots, cap, byScore, strategy);
  return buildReport({
    input,
    strategy,
    scale,
    edges,
    chosen,
    bounds,
    coverageBonus,
    dualBoundScaled: network.objectiveOffset - flow.lowerBound,
    greedy,
  });
}

/** The side with less total supply ships the flow (shorter searches; see SupplySide). */
function chooseSupplySide(
  edges: CanonicalEdges,
  slots: Int32Array,
  cap: number,
  forced: SupplySide | undefined,
): SupplySide {
  if (forced) return forced;
  const degree = usableDegrees(edges, slots);
  let fromAttendees = 0;
  for (let a = 0; a < degree.attendee.length; a++) fromAttendees += Math.min(cap, degree.attendee[a]);
  let fromOpportunities = 0;
  for (let o = 0; o < slots.length; o++) fromOpportunities += Math.min(slots[o], degree.opportunity[o]);
  return fromOpportunities < fromAttendees ? 'opportunities' : 'attendees';
}
