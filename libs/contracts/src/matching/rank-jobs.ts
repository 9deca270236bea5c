import { z } from 'zod';
import type { StoredExcludedOption, StoredMatchDocument } from './results';
import type { ReplacementSkipReason } from './replacements';

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

const kinds = z.array(z.enum(['job', 'apprenticeship', 'training'])).min(1).max(3).optional();

/**
 * A page of ranked options computed on request (the result, a StoredMatchDocument, is the return value):
 * beyond the stored top 50 (`offset`), with waiting-list options (full opportunities ranked and marked),
 * or with the "why not?" accounting (`excluded`): every open opportunity of the kinds asked for counted
 * as eligible or excluded, and a page of the excluded ones (nearest first) with every failing gate and
 * its facts. Page and accounting come from one pass over one state of the index, so an option is never
 * both ranked and excluded in one answer (a stored page may be older than the index).
 */
export const RankPageJob = z.strictObject({
  type: z.literal('rank.page'),
  profileId: id,
  kinds,
  offset: z.number().int().min(0).max(950),
  limit: z.number().int().min(1).max(50),
  waitingList: z.boolean().default(false),
  excluded: z
    .strictObject({
      offset: z.number().int().min(0).max(1_000_000).default(0),
      limit: z.number().int().min(0).max(200).default(50),
    })
    .optional(),
});
export type RankPageJob = z.input<typeof RankPageJob>;

/** Employer view: rank the people for one opportunity; the result is the job's return value. */
export const RankCandidatesJob = z.strictObject({
  type: z.literal('rank.candidates'),
  opportunityId: id,
  limit: z.number().int().min(1).max(1000),
});
export type RankCandidatesJob = z.infer<typeof RankCandidatesJob>;

/** Replacements after a dropout: waiting list first, then people who can start within the replacement window; the result is the job's return value. */
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

export const RankJobSchema = z.discriminatedUnion('type', [RankProfileJob, RankPageJob, RankCandidatesJob, RankReplacementsJob, RankWhatIfJob, DemandRecomputeJob, MatchRequestsPurgeJob, OutboxPruneJob]);
/** What producers add (defaults such as `depth` may be left out; the processor parses with RankJobSchema). */
export type RankJob = z.input<typeof RankJobSchema>;

/**
 * The accounting a `rank.page` job with `excluded` returns (all zero when the person is not ranked: no consent, no location):
 * open = eligible + excluded over the kinds asked for; `byReason` counts every failing gate; `excluded`
 * is the page asked for, nearest first.
 */
export interface RankedExcludedResult {
  profileId: string;
  indexVersion: number;
  open: number;
  eligible: number;
  excludedTotal: number;
  byReason: Record<string, number>;
  offset: number;
  excluded: StoredExcludedOption[];
}

/** What a `rank.page` job returns: the page's options as stored documents hold them; the accounting when asked for (same index version). */
export interface RankedPageResult {
  profileId: string;
  indexVersion: number;
  document: StoredMatchDocument;
  accounting?: RankedExcludedResult;
}

/**
 * What a `rank.candidates` job returns: ids, scores and the engine's reasons (ids, not personal data;
 * the HTTP side filters consent, masks contact data and keeps only the reasons an employer may see).
 */
export interface RankedCandidatesResult {
  opportunityId: string;
  indexVersion: number;
  computedAt: string;
  results: Array<{ personId: string; score: number; components: Record<string, number>; reasons?: Array<Record<string, unknown>> }>;
  /** Taxonomy ids named in the reasons -> ESCO URIs (as in stored documents). */
  skillUris?: Record<string, string>;
  occupationUris?: Record<string, string>;
  /** Titles of the covering courses the reasons name. */
  courseTitles?: Record<string, string>;
}

export interface RankedReplacement {
  personId: string;
  score: number;
  components: Record<string, number>;
  /** Waiting-list people come first, in list order; then the best ranked who can start by `canStartBy`. */
  source: 'waiting_list' | 'ranked';
  waitingListPosition: number | null;
  /** The engine's reasons of the fit (ids; the HTTP side keeps what an employer may see). */
  reasons?: Array<Record<string, unknown>>;
}

/**
 * Someone the job considered and left out. `before`: how many `results` come before them in the order
 * (waiting list, then rank), so the HTTP side counts only those ahead of the last person it shows.
 */
export interface SkippedReplacement {
  personId: string;
  source: 'waiting_list' | 'ranked';
  reason: ReplacementSkipReason;
  before: number;
}

/**
 * What a `rank.replacements` job returns. `windowEnd` (YYYY-MM-DD) is null for jobs (no window);
 * `canStartBy` is the day everyone listed can start by (the window's last day; jobs: today). `skipped`
 * and `canStartBy` are missing from results of scorers older than them.
 */
export interface RankedReplacementsResult {
  opportunityId: string;
  indexVersion: number;
  computedAt: string;
  windowEnd: string | null;
  canStartBy?: string;
  results: RankedReplacement[];
  skipped?: SkippedReplacement[];
  /** As in RankedCandidatesResult: what the reasons name. */
  skillUris?: Record<string, string>;
  occupationUris?: Record<string, string>;
  courseTitles?: Record<string, string>;
}

/**
 * BullMQ job ids (no ':' allowed, never integer-looking). A profile is ranked once per cause key:
 * `v<profileVersion>` for profile changes and requests, `o<opportunityId>v<version>` for a vacancy
 * change, so a redelivered event or a repeated request adds no second job while one is kept.
 */
export function rankProfileJobId(profileId: string, key: string): string {
  return `rank-${profileId}-${key}`.replace(/:/g, '_');
}
