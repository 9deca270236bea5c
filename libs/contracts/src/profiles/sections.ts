import { z } from 'zod';
import { hasScheduleForm, requireOneScheduleForm, scheduleInputShape, ScheduleInputSchema, scheduleOutputShape } from './availability';
import { cefrLevel, countryCode, distinct, escoOccupationUri, escoSkillUri, isoDate, iscoCode, languageTag, sectorCode, text } from './primitives';

/**
 * The sections of a person's profile, each validated on its own. A profile is a set of top-level
 * sections; PATCH replaces whole sections (see profile.ts). Limits: every string and array is bounded.
 */

export const PROFILE_SKILL_LEVELS = ['basic', 'intermediate', 'advanced'] as const;
export const EVIDENCE_KINDS = ['self_declared', 'assessed', 'certified'] as const;
export const RECOGNITION_STATUSES = ['recognised', 'in_progress', 'not_recognised', 'undocumented'] as const;
export const TRANSPORT_MODES = ['walk', 'bicycle', 'public_transport', 'car', 'motorbike'] as const;
export const PATHWAYS = ['job', 'apprenticeship', 'training', 'self_employment'] as const;
export const CONSENT_SCOPES = ['matching', 'visible_to_employers', 'shared_with_training_providers'] as const;
export type ConsentScope = (typeof CONSENT_SCOPES)[number];
export const DEVICES = ['none', 'shared', 'smartphone', 'tablet', 'computer'] as const;
export const CONNECTIVITY = ['none', 'limited', 'mobile_data', 'broadband'] as const;
export const CARE_KINDS = ['children', 'dependants'] as const;

const MAX_YEAR = 2100;
const conceptOrLabel = { error: 'give a concept URI or a label', path: ['label'] };

/** Contact data: masked for employers until referred; scrubbed on erasure. */
export const PersonalSchema = z.strictObject({
  displayName: text(200).optional(),
  phone: z.string().regex(/^\+?[0-9 ()./-]{4,30}$/, { error: 'must be a phone number' }).optional(),
  email: z.email().max(254).optional(),
});

/** A skill: an ESCO concept, or a free-text label kept until the taxonomy resolves it. */
export const ProfileSkillSchema = z
  .strictObject({
    concept: escoSkillUri.optional(),
    label: text(200).optional(),
    level: z.enum(PROFILE_SKILL_LEVELS).meta({ example: 'advanced' }),
    evidence: z.enum(EVIDENCE_KINDS).meta({ description: 'How the skill is known: said by the person, assessed by the case manager or a test, or certified', example: 'self_declared' }),
    yearLastUsed: z.number().int().min(1950).max(MAX_YEAR).optional(),
  })
  .refine((s) => s.concept !== undefined || s.label !== undefined, conceptOrLabel);

export const ExperienceSchema = z
  .strictObject({
    occupation: escoOccupationUri.optional(),
    label: text(200).optional(),
    iscoCode: iscoCode.optional(),
    months: z.number().int().min(0).max(720).meta({ example: 72 }),
    formality: z.enum(['formal', 'informal']).meta({ description: 'Informal work (no contract) counts too', example: 'informal' }),
    country: countryCode.optional(),
  })
  .refine((e) => e.occupation !== undefined || e.label !== undefined, conceptOrLabel);

export const QualificationSchema = z.strictObject({
  title: text(200),
  eqf: z.number().int().min(1).max(8).meta({ description: 'European Qualifications Framework level 1..8', example: 4 }),
  field: text(200).optional(),
  country: countryCode.optional(),
  recognition: z.enum(RECOGNITION_STATUSES).meta({ description: 'Whether the qualification is recognised in the country the person lives in', example: 'not_recognised' }),
});

const languageSkillLevels = z.strictObject({
  listening: cefrLevel.optional(),
  reading: cefrLevel.optional(),
  speaking: cefrLevel.optional(),
  writing: cefrLevel.optional(),
});
export const ProfileLanguageSchema = z.strictObject({
  tag: languageTag,
  level: cefrLevel,
  skills: languageSkillLevels.optional(),
});

/** Coarse on purpose: a region code and coordinates stored rounded to 2 decimals (about 1 km). */
export const ProfileLocationSchema = z
  .strictObject({
    regionCode: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/, { error: 'must be a region code such as EC-P' }).meta({ description: 'ISO 3166-2 or a local region code', example: 'EC-P' }),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .refine((l) => (l.lat === undefined) === (l.lon === undefined), { error: 'give both lat and lon or neither', path: ['lon'] });

export const TransportSchema = z.strictObject({
  modes: distinct(z.enum(TRANSPORT_MODES), TRANSPORT_MODES.length).meta({ example: ['walk', 'public_transport'] }),
  maxCommuteMinutes: z.number().int().min(0).max(600).meta({ description: 'One way', example: 45 }),
  canUseTransportAllowance: z.boolean(),
});

export const CareDutiesInputSchema = z
  .strictObject({ ...scheduleInputShape, kinds: distinct(z.enum(CARE_KINDS), CARE_KINDS.length).optional() })
  .refine(hasScheduleForm, requireOneScheduleForm);
export const CareDutiesSchema = z.object({ ...scheduleOutputShape, kinds: z.array(z.enum(CARE_KINDS)) });

export const DigitalAccessSchema = z.strictObject({
  device: z.enum(DEVICES),
  connectivity: z.enum(CONNECTIVITY),
});

const occupationRef = z
  .strictObject({ occupation: escoOccupationUri.optional(), label: text(200).optional(), iscoCode: iscoCode.optional() })
  .refine((o) => o.occupation !== undefined || o.label !== undefined || o.iscoCode !== undefined, { error: 'give an occupation URI, an ISCO code or a label', path: ['label'] });
export const AspirationsSchema = z.strictObject({
  preferredOccupations: z.array(occupationRef).max(20).optional(),
  preferredSectors: distinct(sectorCode, 20).optional(),
  excludedSectors: distinct(sectorCode, 20).optional(),
  preferredPathway: z.enum(PATHWAYS).optional(),
});

export const ConsentInputSchema = z.strictObject({
  scopes: distinct(z.enum(CONSENT_SCOPES), CONSENT_SCOPES.length).meta({ description: '`matching`: may be ranked; `visible_to_employers`: may be shown (masked) to employers; `shared_with_training_providers`', example: ['matching', 'visible_to_employers'] }),
  givenAt: isoDate,
  /** Output only (set by a withdrawal); accepted and ignored so a section read back can be sent again. */
  withdrawnAt: z.iso.datetime().nullable().optional(),
});
export const ConsentSchema = z.object({
  scopes: z.array(z.enum(CONSENT_SCOPES)).meta({ description: 'The scopes in force', example: ['matching', 'visible_to_employers'] }),
  givenAt: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  /** Always true: consent can be withdrawn at any time (POST /profiles/:id/consent/withdraw). */
  withdrawable: z.literal(true),
});
export type Consent = z.infer<typeof ConsentSchema>;

/** Every section as accepted on input (create and PATCH). */
export const PROFILE_SECTION_INPUTS = {
  personal: PersonalSchema,
  skills: z.array(ProfileSkillSchema).max(200),
  experience: z.array(ExperienceSchema).max(100),
  qualifications: z.array(QualificationSchema).max(50),
  languages: z.array(ProfileLanguageSchema).max(30),
  location: ProfileLocationSchema,
  transport: TransportSchema,
  availability: ScheduleInputSchema,
  careDuties: CareDutiesInputSchema,
  digitalAccess: DigitalAccessSchema,
  limitedMobility: z.boolean(),
  needsIncomeDuringTraining: z.boolean(),
  earliestStart: isoDate,
  aspirations: AspirationsSchema,
  consent: ConsentInputSchema,
};
export type ProfileSectionName = keyof typeof PROFILE_SECTION_INPUTS;
export const PROFILE_SECTION_NAMES = Object.keys(PROFILE_SECTION_INPUTS) as ProfileSectionName[];
