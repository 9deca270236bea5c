import { z } from 'zod';

/**
 * Jobs of the `rank` queue (not outbox events: producers add them straight to BullMQ, and every one is
 * safe to run twice). Ids only, never personal data.
 */
const id = z.uuid();

/** Rank one person against the index and store the results (bounded work: one profile per job). */
export const RankProfileJob = z.strictObject({
  type: z.literal('rank.profile'),
  profileId: id,
  /** Why it was asked for (metrics and logs only). */
  cause: z.enum(['request', 'profile', 'opportunity', 'startup']),
});
export type RankProfileJob = z.infer<typeof RankProfileJob>;

/** Employer view: rank the people for one opportunity; the result is the job's return value. */
export const RankCandidatesJob = z.strictObject({
  type: z.literal('rank.candidates'),
  opportunityId: id,
  limit: z.number().int().min(1).max(1000),
});
export type RankCandidatesJob = z.infer<typeof RankCandidatesJob>;

export const RankJobSchema = z.discriminatedUnion('type', [RankProfileJob, RankCandidatesJob]);
export type RankJob = z.infer<typeof RankJobSchema>;

/** What a `rank.candidates` job returns (ids and scores only; the HTTP side filters consent and masks). */
export interface RankedCandidatesResult {
  opportunityId: string;
  indexVersion: number;
  computedAt: string;
  results: Array<{ personId: string; score: number; components: Record<string, number> }>;
}

/**
 * BullMQ job ids (no ':' allowed, never integer-looking). A profile is ranked once per cause key:
 * `v<profileVersion>` for profile changes and requests, `o<opportunityId>v<version>` for a vacancy
 * change, so a redelivered event or a repeated request adds no second job while one is kept.
 */
export function rankProfileJobId(profileId: string, key: string): string {
  return `rank-${profileId}-${key}`.replace(/:/g, '_');
}
