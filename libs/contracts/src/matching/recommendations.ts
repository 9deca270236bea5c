import { z } from 'zod';
import { OPPORTUNITY_KINDS } from '../opportunities/opportunity';

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

/** GET /profiles/:id/recommendations query: `kind=job,training` (comma list), `limit`, `explain`, `excluded`. */
export const RecommendationsQuerySchema = z.strictObject({
  kind: z
    .string()
    .max(60)
    .transform((s) => s.split(',').map((k) => k.trim()).filter((k) => k.length > 0))
    .pipe(z.array(z.enum(OPPORTUNITY_KINDS)).min(1).max(3))
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  explain: booleanQuery.default(true),
  excluded: booleanQuery.default(false),
});
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
  /** Typed reason codes with parameters (language-neutral). */
  reasons: z.array(z.record(z.string(), z.unknown())),
  /** The reasons as sentences in `language` (omitted with explain=false). */
  explanation: z.array(z.string()).optional(),
});

export const ExcludedRecommendationSchema = z.object({
  opportunityId: z.uuid(),
  kind,
  title: z.string(),
  reasons: z.array(z.string()),
  explanation: z.array(z.string()),
});

export const RecommendationsSchema = z.object({
  profileId: z.uuid(),
  profileVersion: z.number().int(),
  /** Version of the scorer's index the results were computed at. */
  indexVersion: z.number().int(),
  computedAt: z.iso.datetime(),
  language: z.enum(['es', 'en']),
  items: z.array(RecommendationSchema),
  /** Only with excluded=true: gated-out options with their reasons ("why not X?"). */
  excluded: z.array(ExcludedRecommendationSchema).nullable(),
  /** Sections missing for ranking (e.g. location): fill them in to get recommendations. */
  incomplete: z.array(z.string()),
});
export type Recommendations = z.infer<typeof RecommendationsSchema>;

/** 202: results are being computed; GET the `poll` URL again. */
export const RankAcceptedSchema = z.object({ jobId: z.string(), poll: z.string() });
export type RankAccepted = z.infer<typeof RankAcceptedSchema>;
