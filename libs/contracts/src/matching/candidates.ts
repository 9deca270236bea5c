import { z } from 'zod';
import { dateTimeField, EXAMPLE_ID, EXAMPLE_SKILL_URI, idField } from '../openapi-examples';
import { PLACEMENT_STATUSES } from '../placements/placement';
import { ReasonSchema } from './reasons';

/** GET /opportunities/:id/candidates query; `jobId` polls a computation that answered 202. */
export const CandidatesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20).meta({ description: 'Candidates shown, best first' }),
  jobId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,120}$/)
    .optional()
    .meta({ description: 'The `jobId` of a 202 answer: poll that computation instead of starting one' }),
});
export type CandidatesQuery = z.infer<typeof CandidatesQuerySchema>;

/** A consenting candidate as an employer sees them: no restricted data, contact masked until referred. */
export const CandidateSchema = z.object({
  profileId: idField('The person (refer them with POST /placements)', EXAMPLE_ID.profile),
  score: z.number().meta({ description: 'Fit for this opportunity, 0..100', example: 72.4 }),
  components: z.record(z.string(), z.number()).meta({ description: 'Component scores 0..1', example: { skills: 0.8, experience: 0.6, language: 1, logistics: 0.9 } }),
  regionCode: z.string().nullable().meta({ example: 'EC-P' }),
  languages: z.array(z.object({ tag: z.string().meta({ description: 'BCP-47', example: 'es' }), level: z.string().meta({ description: 'CEFR level or native', example: 'native' }) })),
  skills: z.array(z.string()).meta({ description: "ESCO URIs of the person's skills", example: [EXAMPLE_SKILL_URI] }),
  experienceMonths: z.number().int().meta({ example: 72 }),
  earliestStart: z.string().nullable().meta({ description: 'YYYY-MM-DD; null = now', example: null }),
  contact: z
    .object({ displayName: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() })
    .meta({ description: 'All null while `contactMasked`', example: { displayName: null, phone: null, email: null } }),
  contactMasked: z.boolean().meta({ description: 'true until the person has a placement for this opportunity at `referred` or later' }),
  placementStatus: z.enum(PLACEMENT_STATUSES).nullable().meta({ description: "The person's placement for this opportunity, if any", example: null }),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * A ranked candidate with the reasons of the rank an employer may see (skills matched and missing with
 * ESCO URIs and labels, partial matches, evidence and level, experience, commute, language, credentials),
 * never the legal situation, care duties, income needs or where someone worked (`employerReasons`).
 */
export const ExplainedCandidateSchema = CandidateSchema.extend({
  reasons: z.array(ReasonSchema).meta({ description: 'The typed reasons an employer may see' }),
  explanation: z.array(z.string()).meta({ description: 'The reasons as sentences in `language`' }),
}).meta({ id: 'ExplainedCandidate' });
export type ExplainedCandidate = z.infer<typeof ExplainedCandidateSchema>;

export const CandidatesSchema = z.object({
  opportunityId: idField('The opportunity', EXAMPLE_ID.opportunity),
  indexVersion: z.number().int().meta({ description: "Version of the scorer's index the ranking was computed at", example: 1842 }),
  computedAt: dateTimeField('When the ranking was computed'),
  language: z.enum(['es', 'en']).meta({ description: 'Language of labels and explanations (Accept-Language; default en)', example: 'es' }),
  items: z.array(ExplainedCandidateSchema),
});
export type Candidates = z.infer<typeof CandidatesSchema>;
