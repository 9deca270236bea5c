import { z } from 'zod';
import type { StoredExcludedOption } from './results';

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
  cause: z.enum(['request', 'profile', 'opportunity', 'startup', 'demand']),
  /**
   * `top`: the default page only (every re-rank after a change); `complete`: every kind's top 50, asked
   * for by a request for another page (a kind filter, a longer list) when the stored row has only the top.
   */
  depth: z.enum(['top', 'complete']).default('top'),
  /**
   * The profile version a request must see ranked (the version it read). The scorer then only makes sure
   * its index holds this person at that version (reading the one person when the outbox tail has not
   * applied the change yet) instead of applying every change committed so far first. Without it: every
   * committed change first.
   */
  profileVersion: z.number().int().min(1).optional(),
});
export type RankProfileJob = z.input<typeof RankProfileJob>;
export type RankDepth = z.infer<typeof RankProfileJob>['depth'];

/**
 * "Why not?": the options a person is gated out of (within 3x their commute reach, plus remote), with
 * every failing gate; the result is the job's return value. Computed on request (GET ...?excluded=true),
 * not with every ranking: scanning 9x the area for it cost ~40% of a ranking.
 */
export const RankExcludedJob = z.strictObject({ type: z.literal('rank.excluded'), profileId: id });
export type RankExcludedJob = z.infer<typeof RankExcludedJob>;

/** Employer view: rank the people for one opportunity; the result is the job's return value. */
export const RankCandidatesJob = z.strictObject({
  type: z.literal('rank.candidates'),
  opportunityId: id,
  limit: z.number().int().min(1).max(1000),
});
export type RankCandidatesJob = z.infer<typeof RankCandidatesJob>;

/** Replacements after a dropout: waiting list first, then people who can start today; the result is the job's return value. */
export const RankReplacementsJob = z.strictObject({
  type: z.literal('rank.replacements'),
  opportunityId: id,
  limit: z.number().int().min(1).max(1000),
});
export type RankReplacementsJob = z.infer<typeof RankReplacementsJob>;

/** What-if: rank the person or draft held in `match_requests` (only its id travels; the row holds the draft). */
export const RankWhatIfJob = z.strictObject({ type: z.literal('rank.what_if'), matchRequestId: id });
export type RankWhatIfJob = z.infer<typeof RankWhatIfJob>;

/** Scheduled (upsertJobScheduler): recompute the demand index; re-rank only where demand moved materially. */
export const DemandRecomputeJob = z.strictObject({ type: z.literal('demand.recompute'), cause: z.enum(['schedule', 'indicators']).default('schedule') });
export type DemandRecomputeJob = z.infer<typeof DemandRecomputeJob>;

/** Scheduled: delete what-if drafts past their expiry. */
export const MatchRequestsPurgeJob = z.strictObject({ type: z.literal('match_requests.purge') });

/** Scheduled: delete sent outbox rows every live reader has applied, past the retention (outbox-pruning.ts). */
export const OutboxPruneJob = z.strictObject({ type: z.literal('outbox.prune') });

export const RankJobSchema = z.discriminatedUnion('type', [RankProfileJob, RankExcludedJob, RankCandidatesJob, RankReplacementsJob, RankWhatIfJob, DemandRecomputeJob, MatchRequestsPurgeJob, OutboxPruneJob]);
/** What producers add (defaults such as `depth` may be left out; the processor parses with RankJobSchema). */
export type RankJob = z.input<typeof RankJobSchema>;

/** What a `rank.excluded` job returns (empty when the person is not ranked: no consent, no location). */
export interface RankedExcludedResult {
  profileId: string;
  indexVersion: number;
  excluded: StoredExcludedOption[];
}

/** What a `rank.candidates` job returns (ids and scores only; the HTTP side filters consent and masks). */
export interface RankedCandidatesResult {
  opportunityId: string;
  indexVersion: number;
  computedAt: string;
  results: Array<{ personId: string; score: number; components: Record<string, number> }>;
}

export interface RankedReplacement {
  personId: string;
  score: number;
  components: Record<string, number>;
  /** Waiting-list people come first, in list order; then the best ranked who can start today. */
  source: 'waiting_list' | 'ranked';
  waitingListPosition: number | null;
}

/** What a `rank.replacements` job returns. `windowEnd` (YYYY-MM-DD) is null for jobs (no window). */
export interface RankedReplacementsResult {
  opportunityId: string;
  indexVersion: number;
  computedAt: string;
  windowEnd: string | null;
  results: RankedReplacement[];
}

/**
 * BullMQ job ids (no ':' allowed, never integer-looking). A profile is ranked once per cause key:
 * `v<profileVersion>` for profile changes and requests, `o<opportunityId>v<version>` for a vacancy
 * change, so a redelivered event or a repeated request adds no second job while one is kept.
 */
export function rankProfileJobId(profileId: string, key: string): string {
  return `rank-${profileId}-${key}`.replace(/:/g, '_');
}
