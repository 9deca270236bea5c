import { allocate, DEFAULT_SCORE_SCALE } from './allocate';
import { canonicalizeEdges } from './canonicalEdges';
import { Allocation, AllocationInput, AllocationOptions } from './types';

export interface CohortSeat {
  readonly person: number;
  readonly score: number;
}

export interface WaitingEntry {
  readonly person: number;
  readonly score: number;
  /** Programmes this person was placed in (never this one): a replacement offer may move them. */
  readonly placedIn: readonly number[];
}

export interface ProgrammeFill {
  readonly programme: number;
  readonly seats: number;
  /** Placed people, score desc then person asc. */
  readonly placed: readonly CohortSeat[];
  /**
   * Eligible people (score >= minScore) not placed in this programme, score desc then person asc:
   * the order in which freed seats are offered (see DESIGN "Replacements").
   */
  readonly waitingList: readonly WaitingEntry[];
}

export interface CohortResult {
  readonly allocation: Allocation;
  readonly programmes: readonly ProgrammeFill[];
}

/**
 * Cohort fill: programmes are the opportunities (seats = slots), people the attendees, usually with
 * perAttendeeCap = 1. Defaults to `coverage_first`, i.e. place as many people as possible and only
 * then maximise the total fit: an empty seat next to an unplaced eligible person is the failure
 * programmes care about most.
 */
export function allocateCohort(input: AllocationInput, options: Partial<AllocationOptions> = {}): CohortResult {
  const allocation = allocate(input, { strategy: 'coverage_first', ...options });
  const scale = options.scoreScale ?? DEFAULT_SCORE_SCALE;
  const { attendee, opportunity, score } = allocation.assignments;

  const placed: CohortSeat[][] = Array.from({ length: input.opportunityCount }, () => []);
  const placedIn: number[][] = Array.from({ length: input.attendeeCount }, () => []);
  const isPlacedIn = new Set<number>(); // key person * O + programme
  for (let i = 0; i < attendee.length; i++) {
    placed[opportunity[i]].push({ person: attendee[i], score: score[i] });
    placedIn[attendee[i]].push(opportunity[i]);
    isPlacedIn.add(attendee[i] * input.opportunityCount + opportunity[i]);
  }
  for (const list of placedIn) list.sort((x, y) => x - y);

  // Same eligibility and de-duplication as the allocator (best score per person and programme).
  const edges = canonicalizeEdges(input, scale);
  const waiting: WaitingEntry[][] = Array.from({ length: input.opportunityCount }, () => []);
  for (let p = 0; p < edges.count; p++) {
    const person = edges.attendee[p];
    const programme = edges.opportunity[p];
    if (isPlacedIn.has(person * input.opportunityCount + programme)) continue;
    waiting[programme].push({ person, score: edges.score[p], placedIn: placedIn[person] });
  }
  const byScore = (x: { person: number; score: number }, y: { person: number; score: number }): number =>
    y.score - x.score || x.person - y.person;
  const programmes = placed.map((seats, programme) => ({
    programme,
    seats: input.opportunitySlots[programme],
    placed: seats.sort(byScore),
    waitingList: waiting[programme].sort(byScore),
  }));
  return { allocation, programmes };
}
