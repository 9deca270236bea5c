import { z } from 'zod';
import { CreateProfileSchema } from '../profiles/profile';
import { notYearZero } from '../profiles/primitives';
import { AUTHORISATION_KINDS } from '../profiles/restricted';
import { RecommendationSchema } from './recommendations';

const weight = z.number().min(0).max(100);

/**
 * Custom component weights for a what-if (any subset; the rest keep the defaults). The keys are the
 * engine's COMPONENTS (a unit test keeps them equal); the service merges with `mergeWeights`, which also
 * rejects all-zero weights.
 */
export const WhatIfWeightsSchema = z.strictObject({
  skills: weight.optional(),
  experience: weight.optional(),
  language: weight.optional(),
  credentials: weight.optional(),
  logistics: weight.optional(),
  completion: weight.optional(),
  aspiration: weight.optional(),
  demand: weight.optional(),
});
export type WhatIfWeights = z.infer<typeof WhatIfWeightsSchema>;

/** A profile body without contact data: a draft is never a person (never stored in profiles, never audited). */
export const ProfileDraftSchema = CreateProfileSchema.omit({ personal: true });
export type ProfileDraft = z.infer<typeof ProfileDraftSchema>;

/**
 * The legal situation to assume for a draft (without it: the cautious defaults of an unrecorded person,
 * i.e. trainings but no jobs). Only the derived eligibility facts are kept.
 */
export const DraftAuthorisationSchema = z.strictObject({
  kind: z.enum(AUTHORISATION_KINDS),
  allowsWork: z.boolean().nullable().default(null),
  allowsTraining: z.boolean().nullable().default(null),
  // Year 0000 refused like every input date (notYearZero).
  expiresOn: z.iso.date().refine(...notYearZero).nullable().default(null),
});

/** POST /match-requests: `{profileId, weights?}` or `{profileDraft, authorisation?, weights?}`. */
export const CreateMatchRequestSchema = z
  .strictObject({
    profileId: z.uuid().optional(),
    profileDraft: ProfileDraftSchema.optional(),
    authorisation: DraftAuthorisationSchema.optional(),
    weights: WhatIfWeightsSchema.optional(),
  })
  .superRefine((b, ctx) => {
    if (!!b.profileId === !!b.profileDraft) ctx.addIssue({ code: 'custom', path: ['profileId'], message: 'give exactly one of profileId or profileDraft' });
    if (b.profileId && b.authorisation) ctx.addIssue({ code: 'custom', path: ['authorisation'], message: 'only with profileDraft (a stored person has a restricted record)' });
  });
export type CreateMatchRequest = z.infer<typeof CreateMatchRequestSchema>;

export const MatchRequestAcceptedSchema = z.object({ id: z.uuid(), poll: z.string() });
export type MatchRequestAccepted = z.infer<typeof MatchRequestAcceptedSchema>;

export const MATCH_REQUEST_STATES = ['queued', 'done', 'failed'] as const;

export const MatchRequestSchema = z.object({
  id: z.uuid(),
  state: z.enum(MATCH_REQUEST_STATES),
  subject: z.enum(['profile', 'draft']),
  profileId: z.uuid().nullable(),
  /** The weights used (defaults merged with the request's). */
  weights: z.record(z.string(), z.number()),
  expiresAt: z.iso.datetime(),
  computedAt: z.iso.datetime().nullable(),
  language: z.enum(['es', 'en']),
  items: z.array(RecommendationSchema),
  /** Sections missing for ranking (e.g. a draft without coordinates). */
  incomplete: z.array(z.string()),
  error: z.string().nullable(),
});
export type MatchRequest = z.infer<typeof MatchRequestSchema>;

/** GET /match-requests/:id query. */
export const MatchRequestQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
