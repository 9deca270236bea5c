import { z } from 'zod';
import { PLACEMENT_STATUSES } from '../placements/placement';

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

export const CandidatesSchema = z.object({
  opportunityId: z.uuid(),
  indexVersion: z.number().int(),
  computedAt: z.iso.datetime(),
  items: z.array(CandidateSchema),
});
export type Candidates = z.infer<typeof CandidatesSchema>;
