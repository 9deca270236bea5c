import { z } from 'zod';

/**
 * Jobs of the `fairs` queue (added straight to BullMQ by the vacancy service; ids only). A shortlist runs
 * as a flow: `shortlist.score` children (one chunk of attendees each) under one `shortlist.allocate`
 * parent. A cohort fill is one `cohort.allocate` job. Every job is safe to run twice (upserts).
 */
const id = z.uuid();

export const ShortlistScoreJob = z.strictObject({ type: z.literal('shortlist.score'), shortlistId: id, chunk: z.number().int().nonnegative() });
export const ShortlistAllocateJob = z.strictObject({ type: z.literal('shortlist.allocate'), shortlistId: id });
export const CohortAllocateJob = z.strictObject({ type: z.literal('cohort.allocate'), cohortId: id });
export const FairsJobSchema = z.discriminatedUnion('type', [ShortlistScoreJob, ShortlistAllocateJob, CohortAllocateJob]);
export type FairsJob = z.infer<typeof FairsJobSchema>;

/** What one scoring child returns to its parent (counts only). */
/**
 * An attendee a scoring chunk found no pair for, and why (ids and counts only): not scorable (consent
 * withdrawn, incomplete or erased), every opportunity gated (`gates`: how many each gate ruled out), or
 * eligible somewhere but below the minimum score. Stored with the chunk; the parent adds those who had
 * pairs but got no slot.
 */
export interface UnreachableAttendee {
  profileId: string;
  why: 'not_scorable' | 'no_eligible_opportunity' | 'below_min_score';
  gates: Record<string, number>;
  eligibleOpportunities: number;
}

export interface ShortlistChunkResult {
  chunk: number;
  attendees: number;
  notIndexed: number;
  edges: number;
}

/** BullMQ job ids derive from the subject's id (no ':' allowed; never integer-looking). */
export const shortlistAllocateJobId = (shortlistId: string): string => `shortlist-${shortlistId}-allocate`;
export const shortlistScoreJobId = (shortlistId: string, chunk: number): string => `shortlist-${shortlistId}-score-${chunk}`;
export const cohortJobId = (cohortId: string): string => `cohort-${cohortId}`;

/** Outbox events of the fairs area (appended to DomainEventSchema in ../jobs.ts). */
export const FairChangedJob = z.strictObject({ type: z.literal('fair.changed'), fairId: id, version: z.number().int().positive() });
export const ShortlistRequestedJob = z.strictObject({ type: z.literal('shortlist.requested'), shortlistId: id, fairId: id });
export const CohortRequestedJob = z.strictObject({ type: z.literal('cohort.requested'), cohortId: id });
