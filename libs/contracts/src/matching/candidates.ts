import { z } from 'zod';
import { PLACEMENT_STATUSES } from '../placements/placement';
import { ReasonSchema } from './reasons';

/** GET /opportunities/:id/candidates query; `jobId` polls a computation that answered 202. */
export const CandidatesQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  jobId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,120}$/)
    .optional(),
});
export type CandidatesQuery = z.infer<typeof CandidatesQuerySchema>;

/** A consenting candidate as an employer sees them: no restricted data, contact masked until referred. */
export const CandidateSchema = z.object({
  profileId: z.uuid(),
  score: z.number(),
  components: z.record(z.string(), z.number()),
  regionCode: z.string().nullable(),
  languages: z.array(z.object({ tag: z.string(), level: z.string() })),
  /** ESCO URIs of the person's skills. */
  skills: z.array(z.string()),
  experienceMonths: z.number().int(),
  earliestStart: z.string().nullable(),
  contact: z.object({ displayName: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
  /** true until the person has a placement for this opportunity at `referred` or later. */
  contactMasked: z.boolean(),
  placementStatus: z.enum(PLACEMENT_STATUSES).nullable(),
});
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * A ranked candidate with the reasons of the rank an employer may see (skills matched and missing with
 * ESCO URIs and labels, partial matches, evidence and level, experience, commute, language, credentials),
 * never the legal situation, care duties, income needs or where someone worked (`employerReasons`).
 */
export const ExplainedCandidateSchema = CandidateSchema.extend({
  reasons: z.array(ReasonSchema),
  /** The reasons as sentences in `language`. */
  explanation: z.array(z.string()),
});
export type ExplainedCandidate = z.infer<typeof ExplainedCandidateSchema>;

export const CandidatesSchema = z.object({
  opportunityId: z.uuid(),
  indexVersion: z.number().int(),
  computedAt: z.iso.datetime(),
  language: z.enum(['es', 'en']),
  items: z.array(ExplainedCandidateSchema),
});
export type Candidates = z.infer<typeof CandidatesSchema>;
