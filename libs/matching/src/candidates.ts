/**
 * Place first: the opportunities a person could reach (spatial grid cells within their commute reach,
 * plus remote and unlocated ones), and the people who could reach an opportunity. Supersets: the exact
 * commute gate runs afterwards on each candidate.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import { PF_ALLOWANCE_OK, PF_LIVE, OF_HAS_LOCATION, OF_NO_COMMUTE, REQ_SEAT } from './compile/codes';
import { bestSpeedKmh, reachKm } from './geo';

/** Straight-line reach of a person, counting public transport when an allowance could open it. */
export function personReachKm(P: PersonIndex, pi: number): number {
  return reachKm(P.maxCommute[pi], bestSpeedKmh(P.modeMask[pi], (P.flags[pi] & PF_ALLOWANCE_OK) !== 0));
}

/**
 * The opportunities person `pi` could take, a superset of those passing every gate: within reach (plus
 * remote, home-based and unlocated ones) and past the flag, capacity (unless `waitingList`) and date gates.
 * The "why not?" list does not use it: it accounts for every opportunity (accounting.ts).
 */
export function forEachCandidateOpportunity(
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  visit: (oi: number) => void,
  now = -Infinity,
  waitingList = false,
): void {
  const reach = personReachKm(P, pi);
  // Within reach and past the flag, capacity and date gates only (the gates would drop the rest anyway),
  // checked on data the scan reads anyway instead of a visit per option: `needs & lacks` is the flag
  // gates' bits; a full opportunity's tag has REQ_SEAT; per point [-start, min(deadline, late-join
  // day), late-join day] against [-authorisation end, now, earliest start] is
  // permit_ends_before, deadline_passed or programme_started, starts_before_available
  // (each `point < query` is exactly the gate's comparison; `now` -Infinity: no date checks).
  const lacks = P.lacks[pi];
  // Waiting-list options: full ones stay (the capacity gate is not applied to them).
  O.grid.forEachReaching(P.lat[pi], P.lon[pi], P.cosLat[pi], reach, waitingList ? lacks : lacks | REQ_SEAT, [-P.authEnds[pi], now, P.earliestStart[pi]], visit);
  const needs = O.needs;
  for (let i = 0; i < O.remote.size; i++) if ((needs[O.remote.items[i]] & lacks) === 0) visit(O.remote.items[i]);
  for (let i = 0; i < O.unlocated.size; i++) if ((needs[O.unlocated.items[i]] & lacks) === 0) visit(O.unlocated.items[i]);
}

export function forEachCandidatePerson(O: OpportunityIndex, oi: number, P: PersonIndex, visit: (pi: number) => void, now = -Infinity): void {
  const f = O.flags[oi];
  // Only people past the flag gates (`needs & lacks`, the gates' own bits).
  const needs = O.needs[oi];
  if (f & OF_NO_COMMUTE || !(f & OF_HAS_LOCATION)) {
    const lacks = P.lacks;
    for (let pi = 0; pi < P.slots.highWater; pi++) if (P.flags[pi] & PF_LIVE && (lacks[pi] & needs) === 0) visit(pi);
    return;
  }
  // ... whose own reach covers the place (the grid keeps each person's reach and lacks), and who pass
  // the date gates: per person [authorisation end, -earliest start] against [max(start, now), -late-join
  // day] is permit_ends_before, starts_before_available (jobs: -Infinity, never).
  const dates = now === -Infinity ? -Infinity : Math.max(O.start[oi], now);
  P.grid.forEachReaching(O.lat[oi], O.lon[oi], O.cosLat[oi], P.maxReachKm, needs, [dates, -O.joinBy[oi], -Infinity], visit);
}
