import { EXIT_STATUSES, type PlacementStatus } from '@app/contracts';

/**
 * The placement pipeline. Forward steps may skip the interview (referred -> offered); exits:
 * withdrawn (the person's side) and rejected (the organisation's side) before the person starts,
 * dropped_out once placed. completed, withdrawn, rejected and dropped_out are final.
 */
export const NEXT: Record<PlacementStatus, readonly PlacementStatus[]> = {
  suggested: ['referred', 'withdrawn', 'rejected'],
  referred: ['interview', 'offered', 'withdrawn', 'rejected'],
  interview: ['offered', 'withdrawn', 'rejected'],
  offered: ['placed', 'withdrawn', 'rejected'],
  placed: ['started', 'withdrawn', 'dropped_out'],
  started: ['completed', 'dropped_out'],
  completed: [],
  withdrawn: [],
  rejected: [],
  dropped_out: [],
};

export const canMove = (from: PlacementStatus, to: PlacementStatus): boolean => NEXT[from].includes(to);

/** Statuses in which the placement occupies a seat. */
export const SEAT_STATUSES: readonly PlacementStatus[] = ['placed', 'started', 'completed'];
export const isExit = (s: PlacementStatus): boolean => (EXIT_STATUSES as readonly string[]).includes(s);

/** Statuses an employer of the opportunity may move a placement to; the rest is the person's side. */
export const EMPLOYER_TARGETS: readonly PlacementStatus[] = ['interview', 'offered', 'rejected', 'placed', 'started', 'completed', 'dropped_out'];

/** Where an outcome (hired, employed at 3/6 months, wage) can be recorded. */
export const OUTCOME_STATUSES: readonly PlacementStatus[] = ['placed', 'started', 'completed', 'dropped_out'];

/** The column stamped when a status is first reached (the report counts furthest stages from them). */
export const STAGE_COLUMN: Record<PlacementStatus, string | null> = {
  suggested: null,
  referred: 'referred_at',
  interview: 'interview_at',
  offered: 'offered_at',
  placed: 'placed_at',
  started: 'started_at',
  completed: 'completed_at',
  withdrawn: 'ended_at',
  rejected: 'ended_at',
  dropped_out: 'ended_at',
};
