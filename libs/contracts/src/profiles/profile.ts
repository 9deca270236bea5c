import { z } from 'zod';
import { ScheduleSchema, type WeekHours } from './availability';
import {
  AspirationsSchema,
  CareDutiesSchema,
  CONSENT_SCOPES,
  ConsentSchema,
  DigitalAccessSchema,
  ExperienceSchema,
  PATHWAYS,
  PersonalSchema,
  PROFILE_SECTION_INPUTS,
  ProfileLanguageSchema,
  ProfileLocationSchema,
  ProfileSkillSchema,
  QualificationSchema,
  TransportSchema,
  type CARE_KINDS,
  type ConsentScope,
} from './sections';
import { dateTimeField, EXAMPLE_ID, idField } from '../openapi-examples';
import { distinct, escoSkillUri } from './primitives';

/** POST /profiles: every section optional (a profile grows over several counselling sessions). */
export const CreateProfileSchema = z.strictObject(
  Object.fromEntries(Object.entries(PROFILE_SECTION_INPUTS).map(([k, s]) => [k, s.optional()])) as {
    [K in keyof typeof PROFILE_SECTION_INPUTS]: z.ZodOptional<(typeof PROFILE_SECTION_INPUTS)[K]>;
  },
);
export type CreateProfile = z.infer<typeof CreateProfileSchema>;

/**
 * PATCH /profiles/:id: JSON merge on top-level sections. A section given replaces the stored section
 * whole (arrays and objects alike); `null` removes it; a section not mentioned is left as it is.
 */
export const PatchProfileSchema = z
  .strictObject(
    Object.fromEntries(Object.entries(PROFILE_SECTION_INPUTS).map(([k, s]) => [k, s.nullable().optional()])) as {
      [K in keyof typeof PROFILE_SECTION_INPUTS]: z.ZodOptional<z.ZodNullable<(typeof PROFILE_SECTION_INPUTS)[K]>>;
    },
  )
  .refine((p) => Object.keys(p).length > 0, { error: 'give at least one section to change' });
export type PatchProfile = z.infer<typeof PatchProfileSchema>;

/**
 * The sections document as stored (`profiles.sections`, JSONB; contact data lives in its own column):
 * input sections after normalisation (schedules as hour grids, coordinates rounded, consent stamped).
 */
export interface StoredSections {
  skills?: z.infer<typeof ProfileSkillSchema>[];
  experience?: z.infer<typeof ExperienceSchema>[];
  qualifications?: z.infer<typeof QualificationSchema>[];
  languages?: z.infer<typeof ProfileLanguageSchema>[];
  location?: z.infer<typeof ProfileLocationSchema>;
  transport?: z.infer<typeof TransportSchema>;
  availability?: { hours: WeekHours };
  careDuties?: { hours: WeekHours; kinds: (typeof CARE_KINDS)[number][] };
  digitalAccess?: z.infer<typeof DigitalAccessSchema>;
  limitedMobility?: boolean;
  needsIncomeDuringTraining?: boolean;
  earliestStart?: string;
  aspirations?: z.infer<typeof AspirationsSchema>;
  consent?: { scopes: ConsentScope[]; givenAt: string | null; withdrawnAt: string | null };
}

/** The profile sections as returned: arrays default to [], absent sections are null, schedules carry both forms. */
export const ProfileSectionsSchema = z.object({
  skills: z.array(ProfileSkillSchema),
  experience: z.array(ExperienceSchema),
  qualifications: z.array(QualificationSchema),
  languages: z.array(ProfileLanguageSchema),
  location: ProfileLocationSchema.nullable(),
  transport: TransportSchema.nullable(),
  availability: ScheduleSchema.nullable(),
  careDuties: CareDutiesSchema.nullable(),
  digitalAccess: DigitalAccessSchema.nullable(),
  limitedMobility: z.boolean().nullable(),
  needsIncomeDuringTraining: z.boolean().nullable(),
  earliestStart: z.string().nullable(),
  aspirations: AspirationsSchema.nullable(),
  consent: ConsentSchema,
});
export type ProfileSections = z.infer<typeof ProfileSectionsSchema>;

export const ProfileSchema = ProfileSectionsSchema.extend({
  id: idField('The person', EXAMPLE_ID.profile),
  organisationId: idField('The organisation of the case manager who holds the profile', EXAMPLE_ID.organisation),
  version: z.number().int().meta({ description: 'Bumped on every change (profile, consent, restricted record); send it back in If-Match (also the ETag)', example: 3 }),
  status: z.literal('active'),
  personal: PersonalSchema.nullable().meta({ description: 'Contact data' }),
  createdAt: dateTimeField('When the profile was created'),
  updatedAt: dateTimeField('Last change'),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** GET /profiles filters; every filter is exact. `cursor` is the opaque `nextCursor` of the previous page. */
export const ProfileListQuerySchema = z.strictObject({
  region: z.string().max(32).optional().meta({ description: 'Region code, exact', example: 'EC-P' }),
  skill: escoSkillUri.optional(),
  pathway: z.enum(PATHWAYS).optional().meta({ description: 'Preferred pathway' }),
  consent: z.enum(CONSENT_SCOPES).optional().meta({ description: 'People who gave this consent scope' }),
  cursor: z.string().max(200).optional().meta({ description: '`nextCursor` of the previous page' }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ProfileListQuery = z.infer<typeof ProfileListQuerySchema>;

export const ProfilePageSchema = z.object({
  items: z.array(ProfileSchema),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page' }),
});
export type ProfilePage = z.infer<typeof ProfilePageSchema>;

/** POST /profiles/:id/consent/withdraw: the scopes to withdraw; no body (or no scopes) = all of them. */
export const WithdrawConsentSchema = z.strictObject({
  scopes: distinct(z.enum(CONSENT_SCOPES), CONSENT_SCOPES.length).min(1).optional(),
});
export type WithdrawConsent = z.infer<typeof WithdrawConsentSchema>;
