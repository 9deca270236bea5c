import type { PlacementStatus, ReplacementSkipReason } from '@app/contracts';
import { SEAT_STATUSES } from '../placements/pipeline';
import { commitmentsOverlap, type Commitment } from './placement-overlap';

/**
 * Statuses at ANOTHER opportunity that make a person unavailable for a replacement at the same time.
 * Decided: `offered` does not count. An offer is not accepted yet (the person may still decline, and the
 * seat is booked only at `placed`); counting it would let one open offer block a person from every other
 * programme. `completed` is over.
 */
export const BUSY_ELSEWHERE_STATUSES: readonly PlacementStatus[] = ['placed', 'started'];

/** Statuses at THIS opportunity that exclude a person (holding a seat, or having dropped out of it). */
export const EXCLUDED_HERE_STATUSES: readonly PlacementStatus[] = [...SEAT_STATUSES, 'dropped_out'];

/** One of a person's placements, with when its opportunity holds them. */
export interface PersonPlacement {
  opportunityId: string;
  status: PlacementStatus;
  commitment: Commitment;
}

/** The replacement asked for: the opportunity, when it holds a newcomer, and the last day they may start. */
export interface ReplacementTarget {
  opportunityId: string;
  commitment: Commitment;
  /** Epoch day. */
  canStartBy: number;
}

/**
 * Why a person may not be offered as a replacement, the first that applies (the order the response
 * explains: this seat, this opportunity's history, the window, other commitments), or null. Gates
 * (`notEligible`) are the engine's and are checked by the caller.
 */
export function replacementExclusion(person: { earliestStart: number; placements: readonly PersonPlacement[] }, target: ReplacementTarget): Exclude<ReplacementSkipReason, 'notEligible'> | null {
  const here = person.placements.filter((p) => p.opportunityId === target.opportunityId);
  if (here.some((p) => (SEAT_STATUSES as readonly string[]).includes(p.status))) return 'holdsSeat';
  // The pipeline never moves a dropout back (final state) and a person has one placement per opportunity
  // (UNIQUE (opportunity_id, profile_id)): offering them again would be a dead end for the employer.
  if (here.some((p) => p.status === 'dropped_out')) return 'droppedOut';
  if (person.earliestStart > target.canStartBy) return 'cannotStartInWindow';
  const busy = person.placements.some((p) => p.opportunityId !== target.opportunityId && BUSY_ELSEWHERE_STATUSES.includes(p.status) && commitmentsOverlap(p.commitment, target.commitment));
  return busy ? 'placedElsewhere' : null;
}
