import { z } from 'zod';
import { dateTimeField, EXAMPLE_ID, idField } from '../openapi-examples';
import { CreateProfileSchema } from '../profiles/profile';
import { notYearZero } from '../profiles/primitives';
import { AUTHORISATION_KINDS } from '../profiles/restricted';
import { RecommendationSchema } from './recommendations';

const weight = z.number().min(0).max(100).meta({ description: 'Relative weight 0..100 (the default weights are kept for components not given)' });

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
    profileId: idField('A stored person to rank (or give profileDraft)', EXAMPLE_ID.profile).optional(),
    profileDraft: ProfileDraftSchema.optional().meta({ description: 'A profile that is never stored (no contact data), e.g. "what if she had a B1 in English"' }),
    authorisation: DraftAuthorisationSchema.optional().meta({ description: 'With profileDraft only: the legal situation to assume' }),
    weights: WhatIfWeightsSchema.optional().meta({ description: 'Custom component weights (any subset)' }),
  })
  .superRefine((b, ctx) => {
    if (!!b.profileId === !!b.profileDraft) ctx.addIssue({ code: 'custom', path: ['profileId'], message: 'give exactly one of profileId or profileDraft' });
    if (b.profileId && b.authorisation) ctx.addIssue({ code: 'custom', path: ['authorisation'], message: 'only with profileDraft (a stored person has a restricted record)' });
  });
export type CreateMatchRequest = z.infer<typeof CreateMatchRequestSchema>;

export const MatchRequestAcceptedSchema = z.object({
  id: idField('The match request', EXAMPLE_ID.matchRequest),
  poll: z.string().meta({ description: 'GET this for its state and, once done, the ranked options', example: `/match-requests/${EXAMPLE_ID.matchRequest}` }),
});
export type MatchRequestAccepted = z.infer<typeof MatchRequestAcceptedSchema>;

export const MATCH_REQUEST_STATES = ['queued', 'done', 'failed'] as const;

export const MatchRequestSchema = z.object({
  id: idField('The match request', EXAMPLE_ID.matchRequest),
  state: z.enum(MATCH_REQUEST_STATES).meta({ description: '`queued` until the scorer answers; `items` are filled once `done`', example: 'done' }),
  subject: z.enum(['profile', 'draft']).meta({ description: 'A stored person or a draft', example: 'profile' }),
  profileId: z.uuid().nullable().meta({ description: 'The stored person; null for a draft', example: EXAMPLE_ID.profile }),
  weights: z.record(z.string(), z.number()).meta({ description: "The weights used (defaults merged with the request's)", example: { skills: 0.35, experience: 0.1, language: 0.12, credentials: 0.08, logistics: 0.12, completion: 0.1, aspiration: 0.08, demand: 0.05 } }),
  expiresAt: dateTimeField('After this the request is gone (404)'),
  computedAt: z.iso.datetime().nullable().meta({ description: 'When the ranking was computed; null while queued', example: '2026-03-02T09:30:01.000Z' }),
  language: z.enum(['es', 'en']).meta({ description: 'Language of labels and explanations (Accept-Language; default en)', example: 'es' }),
  items: z.array(RecommendationSchema).meta({ description: 'The ranked options, best first (empty until done)' }),
  incomplete: z.array(z.string()).meta({ description: 'Sections missing for ranking (e.g. a draft without coordinates)', example: [] }),
  error: z.string().nullable().meta({ description: 'Why it failed (state failed)', example: null }),
});
export type MatchRequest = z.infer<typeof MatchRequestSchema>;

/** GET /match-requests/:id query. */
export const MatchRequestQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
