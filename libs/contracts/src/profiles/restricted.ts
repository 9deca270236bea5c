import { z } from 'zod';
import { countryCode, isoDate } from './primitives';

/**
 * The restricted record: legal status and protected characteristics. Stored apart (`profile_restricted`),
 * readable and writable only by the owning organisation's case managers and admins, every access
 * audited. The matching engine never sees it: only the facts of derived-facts.ts.
 */
export const AUTHORISATION_KINDS = ['citizen', 'permanent_resident', 'temporary_resident', 'refugee', 'asylum_seeker', 'humanitarian_visa', 'irregular', 'pending', 'other'] as const;
export type AuthorisationKind = (typeof AUTHORISATION_KINDS)[number];
export const GENDERS = ['female', 'male', 'non_binary', 'other', 'undisclosed'] as const;

/** PUT /profiles/:id/restricted replaces the whole record; a field left out is cleared. */
export const RestrictedRecordInputSchema = z.strictObject({
  authorisationKind: z.enum(AUTHORISATION_KINDS),
  /** When left out: what the kind usually allows (see derived-facts.ts). */
  allowsWork: z.boolean().optional(),
  allowsTraining: z.boolean().optional(),
  /** Last day the authorisation is valid; absent = does not expire. */
  expiresOn: isoDate.optional(),
  nationality: countryCode.optional(),
  gender: z.enum(GENDERS).optional(),
  dateOfBirth: isoDate.refine((d) => d >= '1900-01-01', { error: 'must be after 1900' }).optional(),
  notes: z.string().trim().max(4000).optional(),
});
export type RestrictedRecordInput = z.infer<typeof RestrictedRecordInputSchema>;

export const RestrictedRecordSchema = z.object({
  profileId: z.uuid(),
  authorisationKind: z.enum(AUTHORISATION_KINDS),
  allowsWork: z.boolean().nullable(),
  allowsTraining: z.boolean().nullable(),
  expiresOn: z.string().nullable(),
  nationality: z.string().nullable(),
  gender: z.enum(GENDERS).nullable(),
  dateOfBirth: z.string().nullable(),
  notes: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type RestrictedRecord = z.infer<typeof RestrictedRecordSchema>;

/** The field names of the record, as the audit log names them (never with their values). */
export const RESTRICTED_FIELDS = ['authorisationKind', 'allowsWork', 'allowsTraining', 'expiresOn', 'nationality', 'gender', 'dateOfBirth', 'notes'] as const;
