/**
 * Facts about one person x opportunity pair that both gates and components need (commute minutes,
 * schedule conflict hours). Written into a reusable object so the hot loop allocates nothing.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import * as C from './compile/codes';
import { bestSpeedKmh, commuteMinutes, fastDistanceKm } from './geo';
import { GRID_WORDS, popcount32 } from './week-grid';

export class PairFacts {
  /**
   * Double-valued facts live in a Float64Array: in V8 (pointer compression) storing a double into an
   * object field allocates a heap number, a typed-array store does not. Integer facts are plain fields.
   */
  private readonly doubles = new Float64Array(1);
  /** Minutes; 0 when remote; NaN when the opportunity has no location (unknown). */
  get commute(): number {
    return this.doubles[0];
  }
  set commute(minutes: number) {
    this.doubles[0] = minutes;
  }
  /** Scheduled hours the person cannot attend, after the supports offered (childcare). */
  conflictHours = 0;
  /** Conflict hours that on-site childcare would free (0 when childcare is offered or irrelevant). */
  conflictFromCare = 0;
  /** Hours the person can attend per week (availability minus care, after supports). */
  availableHours = 0;
}

/**
 * Commute in minutes for the pair into `out.commute` (0 remote, NaN unknown location). Written into the
 * facts (a typed array underneath) rather than returned: a double returned from a call that V8 does not
 * inline is boxed, which made the gate loop allocate.
 */
export function computeCommute(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, out: PairFacts): void {
  const f = O.flags[oi];
  if (f & C.OF_NO_COMMUTE) {
    out.commute = 0;
    return;
  }
  if (!(f & C.OF_HAS_LOCATION)) {
    out.commute = NaN;
    return;
  }
  const allowance = (f & C.OF_TRANSPORT_ALLOWANCE) !== 0 && (P.flags[pi] & C.PF_ALLOWANCE_OK) !== 0;
  const km = fastDistanceKm(P.lat[pi], P.lon[pi], P.cosLat[pi], O.lat[oi], O.lon[oi], O.cosLat[oi]);
  out.commute = commuteMinutes(km, bestSpeedKmh(P.modeMask[pi], allowance));
}

/**
 * Schedule check on the hour grid. Available = availability minus care hours (precomputed per person as
 * `free`), unless the opportunity offers childcare, which frees care hours.
 */
export function computeSchedule(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, out: PairFacts): void {
  const childcare = (O.flags[oi] & C.OF_CHILDCARE) !== 0;
  out.availableHours = childcare ? P.availableHours[pi] : P.freeHours[pi];
  let conflict = 0;
  let fromCare = 0;
  if (O.scheduleHours[oi] !== 0) {
    const pb = pi * GRID_WORDS;
    const ob = oi * GRID_WORDS;
    for (let w = 0; w < GRID_WORDS; w++) {
      const sched = O.schedule[ob + w];
      if (sched === 0) continue;
      if (childcare) conflict += popcount32(sched & ~P.availability[pb + w]);
      else {
        conflict += popcount32(sched & ~P.free[pb + w]);
        const care = P.care[pb + w];
        if (care !== 0) fromCare += popcount32(sched & P.availability[pb + w] & care); // most people: no care hours
      }
    }
  }
  out.conflictHours = conflict;
  out.conflictFromCare = fromCare;
}
