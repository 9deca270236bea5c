import { z } from 'zod';
import { OPPORTUNITY_KINDS } from '../opportunities/opportunity';
import { dateTimeField, EXAMPLE_ID, idField } from '../openapi-examples';
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

const kind = z.enum(OPPORTUNITY_KINDS).meta({ description: 'job, apprenticeship or training', example: 'training' });
const language = z.enum(['es', 'en']).meta({ description: 'Language of labels and explanations (from Accept-Language; default en)', example: 'es' });
const hours = z.record(z.string(), z.array(z.number().int()));

/** What a training or apprenticeship asks of the person, stated first (dropouts start with misunderstood commitments). */
export const CommitmentSchema = z
  .object({
    schedule: hours.nullable().meta({ description: 'Hours per weekday (`mon`..`sun` -> starting hours 0..23)', example: { mon: [8, 9, 10, 11], wed: [8, 9, 10, 11] } }),
    hoursPerWeek: z.number().nullable().meta({ example: 8 }),
    durationWeeks: z.number().int().nullable().meta({ example: 12 }),
    startDate: z.string().nullable().meta({ description: 'YYYY-MM-DD', example: '2026-04-06' }),
    endDate: z.string().nullable().meta({ description: 'YYYY-MM-DD', example: '2026-06-26' }),
    summary: z.string().meta({ description: 'The same, as a sentence in the response language', example: 'Mon and Wed 08:00-12:00, 8 h a week for 12 weeks, from 6 April 2026' }),
  })
  .meta({ id: 'Commitment' });

export const RecommendationSchema = z
  .object({
    opportunityId: idField('The opportunity', EXAMPLE_ID.opportunity),
    kind,
    title: z.string().meta({ example: 'Panadería y pastelería básica' }),
    organisationId: idField('The organisation that offers it', EXAMPLE_ID.organisation),
    score: z.number().meta({ description: 'Fit, 0..100: the weighted sum of `components`', example: 72.4 }),
    rankScore: z.number().meta({ description: 'What the list is sorted by: `score`, times the pathway multiplier for trainings and apprenticeships', example: 75.1 }),
    components: z.record(z.string(), z.number()).meta({ description: 'Component scores 0..1 (skills, experience, language, credentials, logistics, completion, aspiration, demand)', example: { skills: 0.8, experience: 0.6, language: 1, logistics: 0.9 } }),
    pathway: z
      .object({
        value: z.number().meta({ description: 'How much the option opens up (vacancies it unlocks, weighted)' }),
        normalised: z.number().meta({ description: '`value` scaled to 0..1 among the options' }),
        unlockedOpportunityIds: z.array(z.uuid()).meta({ description: 'Vacancies this training would make the person eligible for' }),
        selfEmployment: z.boolean().meta({ description: 'Leads to self-employment' }),
      })
      .nullable()
      .meta({ description: 'Trainings and apprenticeships: the vacancies they unlock; null for jobs' }),
    commitment: CommitmentSchema.nullable().meta({ description: 'What a training or apprenticeship asks of the person; null for jobs' }),
    waitingList: z.boolean().meta({ description: 'No free seat: ranked because the caller asked for waiting-list options (`waitingList=true`)' }),
    reasons: z.array(ReasonSchema).meta({ description: 'Typed reasons with their facts, ESCO URIs and labels in `language`' }),
    explanation: z.array(z.string()).optional().meta({ description: 'The reasons as sentences in `language` (omitted with explain=false)', example: ['Tienes 4 de las 5 habilidades esenciales.', 'Llegas en 25 minutos en transporte público.'] }),
  })
  .meta({ id: 'Recommendation', description: 'One ranked option for the person, with its score, components and reasons' });

export const ExcludedRecommendationSchema = z
  .object({
    opportunityId: idField('The opportunity', EXAMPLE_ID.opportunity),
    kind,
    title: z.string().meta({ example: 'Ayudante de cocina (turno de tarde)' }),
    minutes: z.number().int().nullable().meta({ description: 'Estimated commute (0 remote or home-based, null where the place is unknown): the list is nearest first', example: 35 }),
    reasons: z.array(GateReasonSchema).meta({ description: 'Every failing gate with its facts' }),
    explanation: z.array(z.string()).meta({ description: 'The reasons as sentences in `language`' }),
  })
  .meta({ id: 'ExcludedRecommendation', description: 'An option the person cannot take ("why not?"), with every gate it fails' });

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
  profileId: idField('The person', EXAMPLE_ID.profile),
  profileVersion: z.number().int().meta({ description: 'The profile version the results were computed at', example: 3 }),
  indexVersion: z.number().int().meta({ description: "Version of the scorer's index the results were computed at", example: 1842 }),
  computedAt: dateTimeField('When the ranking was computed'),
  /**
   * True when these are stored options of an older profile version, answered because the ranking could
   * not be refreshed (the queue unreachable): `profileVersion` says which version they were computed at.
   */
  stale: z.boolean(),
  language,
  offset: z.number().int().meta({ description: 'Rank (0-based) of the first item', example: 0 }),
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
export const RankAcceptedSchema = z.object({
  jobId: z.string().meta({ description: 'The computation to wait for', example: 'rank:0b6f3c2e-5d1a-4c8e-9f7b-2a4d6e8f0a1c:v3' }),
  poll: z.string().meta({ description: 'GET this URL again for the result (202 while it is still being computed)', example: '/profiles/0b6f3c2e-5d1a-4c8e-9f7b-2a4d6e8f0a1c/recommendations' }),
});
export type RankAccepted = z.infer<typeof RankAcceptedSchema>;
