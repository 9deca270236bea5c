import { z } from 'zod';
import { dateTimeField, EXAMPLE_ID, idField } from '../openapi-examples';
import { notYearZero } from '../profiles/primitives';

/** Dates and local wall-clock times of a fair (the venue's time; no time zone arithmetic is done). */
// Year 0000 refused: PostgreSQL's date column cannot hold it (notYearZero).
const isoDate = z.iso.date().refine(...notYearZero);
const hhmm = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'must be a time such as 09:00' });

export const CreateFairSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  date: isoDate,
  /** First interview slot (local time); default 09:00. */
  startTime: hhmm.default('09:00'),
  /** Length of one interview slot; default 20 minutes. */
  slotMinutes: z.number().int().min(5).max(240).default(20),
  regionCode: z.string().trim().min(1).max(40),
});
export type CreateFair = z.infer<typeof CreateFairSchema>;

export const FairSchema = z.object({
  id: idField('The fair', EXAMPLE_ID.fair),
  organisationId: idField('The organising organisation', EXAMPLE_ID.organisation),
  name: z.string().meta({ example: 'Feria de empleo Quito Sur' }),
  date: z.string().meta({ description: 'YYYY-MM-DD', example: '2026-05-14' }),
  startTime: z.string().meta({ description: 'First interview slot, local time HH:MM', example: '09:00' }),
  slotMinutes: z.number().int().meta({ description: 'Length of one interview slot', example: 20 }),
  regionCode: z.string().meta({ example: 'EC-P' }),
  version: z.number().int(),
  attendees: z.number().int().meta({ description: 'Registered attendees', example: 120 }),
  opportunities: z.array(z.object({ opportunityId: idField('The opportunity', EXAMPLE_ID.opportunity), interviewSlots: z.number().int().meta({ example: 8 }) })),
  createdAt: dateTimeField('When it was created'),
});
export type Fair = z.infer<typeof FairSchema>;

/**
 * GET /fairs: the fairs of the caller's organisation (organisers), or of any organisation (admins,
 * optionally one), latest fair day first. `cursor` is the opaque `nextCursor` of the previous page.
 */
export const FairListQuerySchema = z.strictObject({
  organisationId: z.uuid().optional().meta({ description: "Only this organisation's fairs. Organisers: their own organisation (another one is 403)", example: EXAMPLE_ID.organisation }),
  cursor: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/, { error: 'use the nextCursor of the previous page' })
    .optional()
    .meta({ description: '`nextCursor` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).meta({ description: 'Fairs per page', example: 50 }),
});
export type FairListQuery = z.infer<typeof FairListQuerySchema>;

export const FairPageSchema = z.object({
  items: z.array(FairSchema).meta({ description: 'Latest fair day first (then the most recently created)' }),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page', example: null }),
});
export type FairPage = z.infer<typeof FairPageSchema>;

export const MAX_ATTENDEES_PER_REQUEST = 5000;
export const RegisterAttendeesSchema = z.strictObject({
  profileIds: z.array(z.uuid()).min(1).max(MAX_ATTENDEES_PER_REQUEST),
});
export type RegisterAttendees = z.infer<typeof RegisterAttendeesSchema>;

export const RegistrationResultSchema = z.object({
  fairId: idField('The fair', EXAMPLE_ID.fair),
  /** Newly registered by this request. */
  registered: z.number().int(),
  /** Already registered before (re-registering is harmless). */
  alreadyRegistered: z.number().int(),
  attendees: z.number().int(),
});
export type RegistrationResult = z.infer<typeof RegistrationResultSchema>;

export const MAX_FAIR_OPPORTUNITIES = 2000;
export const AddFairOpportunitiesSchema = z.strictObject({
  opportunities: z
    .array(z.strictObject({ opportunityId: z.uuid(), interviewSlots: z.number().int().min(0).max(1000) }))
    .min(1)
    .max(MAX_FAIR_OPPORTUNITIES),
});
export type AddFairOpportunities = z.infer<typeof AddFairOpportunitiesSchema>;
