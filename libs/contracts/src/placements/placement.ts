import { z } from 'zod';
import { dateTimeField, EXAMPLE_ID, idField } from '../openapi-examples';
import { PayPeriodSchema } from '../opportunities/opportunity';

/**
 * A placement: one person x one opportunity moving through the pipeline
 * suggested -> referred -> interview -> offered -> placed -> started -> completed,
 * or leaving it as withdrawn (the person's side), rejected (the organisation's side) or dropped_out
 * (after placement), each exit with a typed reason.
 */
export const PLACEMENT_STATUSES = ['suggested', 'referred', 'interview', 'offered', 'placed', 'started', 'completed', 'withdrawn', 'rejected', 'dropped_out'] as const;
export const PlacementStatusSchema = z
  .enum(PLACEMENT_STATUSES)
  .meta({ description: 'suggested -> referred -> interview -> offered -> placed -> started -> completed; or withdrawn, rejected, dropped_out (with a reason)', example: 'referred' });
export type PlacementStatus = z.infer<typeof PlacementStatusSchema>;

/** The statuses that end a placement and need a reason. */
export const EXIT_STATUSES = ['withdrawn', 'rejected', 'dropped_out'] as const satisfies readonly PlacementStatus[];

export const EXIT_REASONS = ['schedule', 'transport', 'family', 'left_country', 'not_a_fit', 'no_permit', 'other'] as const;
export const ExitReasonSchema = z.enum(EXIT_REASONS).meta({ description: 'Why a placement ended (withdrawn, rejected, dropped_out)', example: 'schedule' });
export type ExitReason = z.infer<typeof ExitReasonSchema>;

export const CreatePlacementSchema = z.strictObject({
  opportunityId: idField('The opportunity', EXAMPLE_ID.opportunity),
  profileId: idField('The person (one of your organisation\'s, unless admin)', EXAMPLE_ID.profile),
});
export type CreatePlacement = z.infer<typeof CreatePlacementSchema>;

/** Idempotency-Key header: printable ASCII, as in the IETF draft; scoped to the caller's organisation. */
export const IdempotencyKeySchema = z.string().regex(/^[\x21-\x7e]{1,200}$/, { error: 'Idempotency-Key must be 1-200 printable ASCII characters' });

export const TransitionPlacementSchema = z
  .strictObject({
    to: PlacementStatusSchema,
    reason: ExitReasonSchema.optional(),
    /** Free text about the step (not about the person); kept with the transition record. */
    note: z.string().trim().min(1).max(1000).optional(),
  })
  .superRefine((t, ctx) => {
    const exit = (EXIT_STATUSES as readonly string[]).includes(t.to);
    if (exit && t.reason === undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: `moving to ${t.to} needs a reason` });
    if (!exit && t.reason !== undefined) ctx.addIssue({ code: 'custom', path: ['reason'], message: `only withdrawn, rejected and dropped_out take a reason` });
  });
export type TransitionPlacement = z.infer<typeof TransitionPlacementSchema>;

export const WageSchema = z.strictObject({
  amount: z.number().nonnegative().max(1e9),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as USD' }),
  period: PayPeriodSchema,
});

/** PUT replaces the whole outcome; null = not known (yet). */
export const PlacementOutcomeSchema = z.strictObject({
  hiredAfterTraining: z.boolean().nullable().default(null),
  /** The organisation that hired the person (often the apprenticeship's company). */
  hiredByOrganisationId: z.uuid().nullable().default(null),
  employedAt3Months: z.boolean().nullable().default(null),
  employedAt6Months: z.boolean().nullable().default(null),
  wage: WageSchema.nullable().default(null),
});
export type PlacementOutcome = z.infer<typeof PlacementOutcomeSchema>;

export const PlacementSchema = z.object({
  id: idField('The placement', EXAMPLE_ID.placement),
  opportunityId: idField('The opportunity', EXAMPLE_ID.opportunity),
  profileId: idField('The person', EXAMPLE_ID.profile),
  organisationId: idField("The organisation of the person's case manager", EXAMPLE_ID.organisation),
  status: PlacementStatusSchema,
  reason: ExitReasonSchema.nullable(),
  /** True while the placement occupies one of the opportunity's seats (placed or started or completed). */
  holdsSeat: z.boolean(),
  outcome: PlacementOutcomeSchema,
  version: z.number().int().meta({ example: 2 }),
  createdAt: dateTimeField('When it was proposed'),
  updatedAt: dateTimeField('Last step'),
});
export type Placement = z.infer<typeof PlacementSchema>;

export const PlacementTransitionRecordSchema = z.object({
  from: PlacementStatusSchema.nullable(),
  to: PlacementStatusSchema,
  reason: ExitReasonSchema.nullable(),
  note: z.string().nullable(),
  confirmedByApiKeyId: idField('The API key (the human behind it) that confirmed the step: EU AI Act record of human oversight', EXAMPLE_ID.apiKey),
  confirmedByRole: z.string().meta({ example: 'employer' }),
  at: dateTimeField('When the step was confirmed'),
});
export type PlacementTransitionRecord = z.infer<typeof PlacementTransitionRecordSchema>;

export const PlacementListQuerySchema = z.strictObject({
  opportunityId: z.uuid().optional(),
  profileId: z.uuid().optional(),
  status: PlacementStatusSchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type PlacementListQuery = z.infer<typeof PlacementListQuerySchema>;
