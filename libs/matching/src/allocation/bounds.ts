import { CanonicalEdges } from './canonicalEdges';

export interface SimpleBounds {
  readonly attendeeSideScaled: number;
  readonly opportunitySideScaled: number;
  readonly simpleScaled: number;
  readonly coverage: number;
}

/**
 * Upper bounds that do not depend on the flow solver (so the reported gap means something even if the
 * solver had a bug): relax either the opportunity capacities or the attendee caps, and each relaxed
 * problem is solved exactly by taking the best edges per side.
 *  - attendee side: every attendee gets their best `cap` edges to opportunities with slots;
 *  - opportunity side: every opportunity gets its best `slots` edges.
 * Also used to size the coverage bonus (it exceeds any total a feasible allocation can reach).
 */
export function simpleBounds(
  edges: CanonicalEdges,
  slots: Int32Array,
  cap: number,
  byScoreDesc: Int32Array,
): SimpleBounds {
  const A = edges.start.length - 1;
  let attendeeSide = 0;
  let coverableAttendees = 0;
  for (let a = 0; a < A; a++) {
    let taken = 0;
    for (let p = edges.start[a]; p < edges.start[a + 1] && taken < cap; p++) {
      if (slots[edges.opportunity[p]] === 0) continue;
      attendeeSide += edges.scaled[p];
      taken++;
    }
    if (taken > 0) coverableAttendees++;
  }
  const taken = new Int32Array(slots.length);
  let opportunitySide = 0;
  for (let i = 0; i < byScoreDesc.length; i++) {
    const p = byScoreDesc[i];
    const o = edges.opportunity[p];
    if (taken[o] < slots[o]) {
      taken[o]++;
      opportunitySide += edges.scaled[p];
    }
  }
  let totalSlots = 0;
  for (let o = 0; o < slots.length; o++) totalSlots += slots[o];
  return {
    attendeeSideScaled: attendeeSide,
    opportunitySideScaled: opportunitySide,
    simpleScaled: Math.min(attendeeSide, opportunitySide),
    coverage: cap > 0 ? Math.min(coverableAttendees, totalSlots) : 0,
  };
}
