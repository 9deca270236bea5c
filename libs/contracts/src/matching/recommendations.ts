import { z } from 'zod';
import { OPPORTUNITY_KINDS } from '../opportunities/opportunity';
import { GateReasonSchema, ReasonSchema } from './reasons';

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** Ranked options a page can reach: `offset + limit` at most this (beyond it, ask "why not X?" for one option). */
export const MAX_RANKED_DEPTH = 1000;
/** Options per kind kept in storage: pages within it are served from the stored results. */
export const STORED_DEPTH = 50;

/**
 * GET /profiles/:id/recommendations query: `kind=job,training` (comma list), `limit` and `offset` (paging
 * the ranked options), `explain`, `excluded` (the "why not?" list, paged by `excludedOffset` and
 * `excludedLimit`, with counts that account for every open option), `waitingList` (rank full
 * opportunities too, marked).
 */
export const RecommendationsQuerySchema = z
  .strictObject({
    kind: z
      .string()
      .max(60)
      .transform((s) => s.split(',').map((k) => k.trim()).filter((k) => k.length > 0))
      .pipe(z.array(z.enum(OPPORTUNITY_KINDS)).min(1).max(3))
      .optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
    offset: z.coerce.number().int().min(0).max(MAX_RANKED_DEPTH - 1).default(0),
    explain: booleanQuery.default(true),
    excluded: booleanQuery.default(false),
    excludedOffset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    excludedLimit: z.coerce.number().int().min(1).max(200).default(50),
    waitingList: booleanQuery.default(false),
  })
  .refine((q) => q.offset + q.limit <= MAX_RANKED_DEPTH, { error: `offset + limit must be at most ${MAX_RANKED_DEPTH}`, path: ['offset'] });
export type RecommendationsQuery = z.infer<typeof RecommendationsQuerySchema>;

const kind = z.enum(OPPORTUNITY_KINDS);
const hours = z.record(z.string(), z.array(z.number().int()));

/** What a training or apprenticeship asks of the person, stated first (dropouts start with misunderstood commitments). */
export const CommitmentSchema = z.object({
  schedule: hours.nullable(),
  hoursPerWeek: z.number().nullable(),
  durationWeeks: z.number().int().nullable(),
  startDate: z.string().nullable(),
  endDate: z.string().nullable(),
  /** The same, as a sentence in the response language. */
  summary: z.string(),
});

export const RecommendationSchema = z.object({
  opportunityId: z.uuid(),
  kind,
  title: z.string(),
  organisationId: z.uuid(),
  score: z.number(),
  rankScore: z.number(),
  components: z.record(z.string(), z.number()),
  pathway: z.object({ value: z.number(), normalised: z.number(), unlockedOpportunityIds: z.array(z.uuid()), selfEmployment: z.boolean() }).nullable(),
  commitment: CommitmentSchema.nullable(),
  /** No free seat: ranked because the caller asked for waiting-list options (`waitingList=true`). */
  waitingList: z.boolean(),
  /** Typed reasons with their facts, ESCO URIs and labels in `language`. */
  reasons: z.array(ReasonSchema),
  /** The reasons as sentences in `language` (omitted with explain=false). */
  explanation: z.array(z.string()).optional(),
});

export const ExcludedRecommendationSchema = z.object({
  opportunityId: z.uuid(),
  kind,
  title: z.string(),
  /** Estimated commute (0 remote or home-based, null where the place is unknown): the list is nearest first. */
  minutes: z.number().int().nullable(),
  /** Every failing gate with its facts. */
  reasons: z.array(GateReasonSchema),
  explanation: z.array(z.string()),
});

/** With excluded=true: every open option of the kinds asked for is counted, so nothing is dropped silently. */
export const AccountingSchema = z.object({
  /** Open opportunities of the kinds asked for: open = eligible + excluded. */
  open: z.number().int(),
  /** Pass every gate: ranked (page through them with `offset`). */
  eligible: z.number().int(),
  excluded: z.number().int(),
  /** Excluded options per failing gate (an option with two failing gates counts under both). */
  byReason: z.record(z.string(), z.number().int()),
  excludedOffset: z.number().int(),
  /** `excludedOffset` of the next page of the excluded list, or null at its end. */
  excludedNextOffset: z.number().int().nullable(),
});

export const RecommendationsSchema = z.object({
  profileId: z.uuid(),
  profileVersion: z.number().int(),
  /** Version of the scorer's index the results were computed at. */
  indexVersion: z.number().int(),
  computedAt: z.iso.datetime(),
  /**
   * True when these are stored options of an older profile version, answered because the ranking could
   * not be refreshed (the queue unreachable): `profileVersion` says which version they were computed at.
   */
  stale: z.boolean(),
  language: z.enum(['es', 'en']),
  offset: z.number().int(),
  items: z.array(RecommendationSchema),
  /** `offset` of the next page of ranked options, or null when there is none (as far as is known). */
  nextOffset: z.number().int().nullable(),
  /** Only with excluded=true: gated-out options with their reasons ("why not X?"), nearest first. */
  excluded: z.array(ExcludedRecommendationSchema).nullable(),
  accounting: AccountingSchema.nullable(),
  /** Sections missing for ranking (e.g. location): fill them in to get recommendations. */
  incomplete: z.array(z.string()),
});
export type Recommendations = z.infer<typeof RecommendationsSchema>;

/** 202: results are being computed; GET the `poll` URL again. */
export const RankAcceptedSchema = z.object({ jobId: z.string(), poll: z.string() });
export type RankAccepted = z.infer<typeof RankAcceptedSchema>;
