import { z } from 'zod';
import { normaliseWeekHours, WeekHoursInputSchema, WeekHoursSchema } from '../profiles/availability';
import { dateTimeField, EXAMPLE_ID, idField } from '../openapi-examples';
import { notYearZero } from '../profiles/primitives';

/**
 * Opportunities: jobs, apprenticeships (dual: classroom + paid company placement, certificate at the
 * end) and trainings, owned by the employer / training provider organisation that offers them.
 */
export const OPPORTUNITY_KINDS = ['job', 'apprenticeship', 'training'] as const;
export const OpportunityKindSchema = z.enum(OPPORTUNITY_KINDS).meta({ description: 'job; apprenticeship (classroom + paid company placement, certificate at the end); training', example: 'training' });
export type OpportunityKindName = z.infer<typeof OpportunityKindSchema>;

/** `filled` is set by the service when the last seat is booked (and lifted when one is freed). */
export const OPPORTUNITY_STATUSES = ['draft', 'open', 'closed', 'filled'] as const;
export const OpportunityStatusSchema = z.enum(OPPORTUNITY_STATUSES).meta({ description: '`filled` is set by the service when the last seat is booked (and lifted when one is freed)', example: 'open' });
export type OpportunityStatusName = z.infer<typeof OpportunityStatusSchema>;
/** What a caller may set; `filled` is derived from capacity. */
export const SettableOpportunityStatusSchema = z.enum(['draft', 'open', 'closed']).meta({ description: 'Only open opportunities are ranked and shown to case managers', example: 'open' });

export const SKILL_LEVELS = ['basic', 'intermediate', 'advanced'] as const;
export const SkillLevelSchema = z.enum(SKILL_LEVELS);
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const CefrLevelSchema = z.enum(CEFR_LEVELS);
/**
 * `on_site`; `hybrid` (on-site and online sessions; `onlineSchedule` says which hours are online);
 * `remote` (online, from anywhere: needs a device and a connection unless one is lent); `home_based`
 * (at the person's home, not online: piecework, home care, crafts; no commute, no device).
 */
export const WORK_MODES = ['on_site', 'hybrid', 'remote', 'home_based'] as const;
export const WorkModeSchema = z.enum(WORK_MODES).meta({ description: '`on_site`; `hybrid` (`onlineSchedule` says which hours are online); `remote` (online from anywhere); `home_based` (at home, not online)', example: 'on_site' });
export const PAY_PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;
export const PayPeriodSchema = z.enum(PAY_PERIODS);
export const EMPLOYMENT_TYPES = ['full_time', 'part_time', 'contractor', 'temporary', 'intern', 'volunteer', 'per_diem', 'other'] as const;
export const EmploymentTypeSchema = z.enum(EMPLOYMENT_TYPES);

const label = (max = 200) => z.string().trim().min(1).max(max);
// Year 0000 refused: PostgreSQL's date column cannot hold it (notYearZero).
const isoDate = z.iso
  .date({ error: 'must be a date YYYY-MM-DD' })
  .refine(...notYearZero)
  .meta({ description: 'YYYY-MM-DD', example: '2026-04-06' });
/**
 * The latest posting day accepted: tomorrow in UTC. The server's day is UTC, and somewhere on Earth
 * (up to UTC+14) the local date is already one ahead of it, so an employer there posting "today" is
 * not refused; anything later is a future date.
 */
export const latestPostingDay = (now = Date.now()): string => new Date(now + 86_400_000).toISOString().slice(0, 10);
const postingDate = isoDate.refine((d) => d <= latestPostingDay(), { error: 'must not be in the future' });
const conceptUri = z.url({ error: 'must be a URI, e.g. http://data.europa.eu/esco/skill/<uuid>' }).max(300);

/** An ESCO skill URI, or a free-text label kept until the taxonomy resolves it. */
export const SkillRequirementSchema = z
  .strictObject({ uri: conceptUri.optional(), label: label().optional(), level: SkillLevelSchema.default('intermediate') })
  .refine((s) => s.uri !== undefined || s.label !== undefined, { error: 'give an ESCO skill uri or a label', path: ['uri'] });
export type SkillRequirement = z.infer<typeof SkillRequirementSchema>;

/** ESCO occupation URI and/or ISCO-08 code; a free-text label when neither is known yet (imports). */
export const OccupationSchema = z
  .strictObject({
    escoUri: conceptUri.optional(),
    iscoCode: z.string().regex(/^[0-9]{1,4}$/, { error: 'must be an ISCO-08 code of 1 to 4 digits' }).optional(),
    label: label().optional(),
  })
  .refine((o) => o.escoUri !== undefined || o.iscoCode !== undefined || o.label !== undefined, { error: 'give an escoUri, an iscoCode or a label', path: ['escoUri'] });
export type Occupation = z.infer<typeof OccupationSchema>;

export const LanguageMinimumSchema = z.strictObject({
  /** BCP-47 tag; ISO 639-3 codes (prs, kmr, ckb, ti) are valid primary subtags. */
  tag: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP-47 tag such as es, en-GB or prs' }),
  level: CefrLevelSchema,
  /** Hard minimums exclude people more than one level below; soft ones only lower the score. */
  hard: z.boolean().default(true),
});

/** A region code (ISO 3166-1 / 3166-2 or a local code such as EC-P) and, when known, the point. */
export const LocationSchema = z
  .strictObject({
    regionCode: z.string().regex(/^[A-Za-z0-9]{1,3}(-[A-Za-z0-9]{1,10}){0,3}$/, { error: 'must be a region code such as EC, EC-P or ES-MD' }),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  })
  .refine((l) => (l.lat === undefined) === (l.lon === undefined), { error: 'give both lat and lon or neither', path: ['lat'] });

export const PaySchema = z.strictObject({
  /** Wage for jobs and apprenticeships, stipend for trainings: income during the programme. */
  kind: z.enum(['wage', 'stipend']),
  amount: z.number().nonnegative().max(1e9),
  currency: z.string().regex(/^[A-Z]{3}$/, { error: 'must be an ISO 4217 code such as USD' }),
  period: PayPeriodSchema,
});
export type Pay = z.infer<typeof PaySchema>;

export const SupportsSchema = z.strictObject({
  childcareOnSite: z.boolean().default(false),
  transportAllowance: z.boolean().default(false),
  pay: PaySchema.nullable().default(null),
  languageSupport: z.boolean().default(false),
  accessibility: z.boolean().default(false),
  deviceLoan: z.boolean().default(false),
});
export type Supports = z.infer<typeof SupportsSchema>;

export const CertificateSchema = z.strictObject({ name: label(), recognisedBy: label().nullable().default(null) });

/**
 * Every field an employer sets. Kept as a plain object so updates can take `.partial()` of it; the
 * cross-field rules are in `checkOpportunityRules`, applied to the merged result of create and update.
 */
export const OpportunityFieldsSchema = z.strictObject({
  kind: OpportunityKindSchema,
  status: SettableOpportunityStatusSchema.default('open'),
  title: label(300).meta({ example: 'Panadería y pastelería básica' }),
  description: z.string().trim().max(20000).default(''),
  occupation: OccupationSchema.nullable().default(null),
  /** Free sector code or ISCO prefix, used for excluded-sector preferences and demand. */
  sector: z.string().trim().max(100).nullable().default(null),
  essentialSkills: z.array(SkillRequirementSchema).max(100).default([]),
  optionalSkills: z.array(SkillRequirementSchema).max(100).default([]),
  languageMinimums: z.array(LanguageMinimumSchema).max(10).default([]),
  minEqf: z.number().int().min(1).max(8).nullable().default(null),
  minExperienceMonths: z.number().int().min(0).max(600).nullable().default(null),
  acceptsUnrecognisedCredentials: z.boolean().default(false),
  mode: WorkModeSchema.default('on_site'),
  location: LocationSchema.nullable().default(null),
  /** Hour grid, the same wire form as profile schedules (a missing day has no hours); stored normalised. */
  schedule: WeekHoursInputSchema.transform(normaliseWeekHours).nullable().default(null),
  /**
   * Hybrid only: which of the scheduled hours are online (the rest are on site). The digital-access
   * check applies to these sessions only; left out, a hybrid opportunity counts as having both kinds.
   */
  onlineSchedule: WeekHoursInputSchema.transform(normaliseWeekHours).nullable().default(null),
  hoursPerWeek: z.number().min(0).max(80).nullable().default(null),
  employmentTypes: z.array(EmploymentTypeSchema).max(8).default([]),
  startDate: isoDate.nullable().default(null),
  durationWeeks: z.number().int().min(1).max(520).nullable().default(null),
  applicationDeadline: isoDate.nullable().default(null),
  capacity: z.number().int().min(1).max(100000).default(1).meta({ description: 'Seats (vacancies, places in a course)', example: 12 }),
  supports: SupportsSchema.default({ childcareOnSite: false, transportAllowance: false, pay: null, languageSupport: false, accessibility: false, deviceLoan: false }),
  requiresWorkAuthorisation: z.boolean().default(true),
  /** Empty = any authorisation that allows the activity. */
  acceptedAuthorisationKinds: z.array(z.string().trim().min(1).max(60)).max(30).default([]),
  adultsOnly: z.boolean().default(true),
  /** Trainings and apprenticeships only. */
  skillsConferred: z.array(SkillRequirementSchema).max(100).default([]),
  certificate: CertificateSchema.nullable().default(null),
  leadsToSelfEmployment: z.boolean().default(false),
  /** Share of the duration during which a freed seat may still be filled. */
  replacementWindowFraction: z.number().min(0).max(1).default(0.2),
  /** The employer's own id for the posting (imports are idempotent on it). */
  externalId: z.string().trim().min(1).max(500).nullable().default(null),
  /**
   * The day the posting was published (schema.org `datePosted`): market demand counts days unfilled
   * from it. Optional: left out, it is the creation day (a PATCH or re-import without it keeps the
   * stored day). Not in the future (latestPostingDay).
   */
  postedAt: postingDate.optional(),
});
export type OpportunityFields = z.infer<typeof OpportunityFieldsSchema>;

type RuleIssue = { path: (string | number)[]; message: string };

/** Rules across fields, for a complete opportunity (after defaults, after merging an update). */
export function opportunityRuleIssues(o: OpportunityFields): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (o.kind === 'job' && o.skillsConferred.length > 0) issues.push({ path: ['skillsConferred'], message: 'only trainings and apprenticeships confer skills' });
  if (o.kind === 'job' && o.certificate !== null) issues.push({ path: ['certificate'], message: 'only trainings and apprenticeships lead to a certificate' });
  if (o.status === 'open' && (o.mode === 'on_site' || o.mode === 'hybrid') && o.location === null) issues.push({ path: ['location'], message: 'an open on-site or hybrid opportunity needs a location' });
  if (o.onlineSchedule !== null && o.mode !== 'hybrid') issues.push({ path: ['onlineSchedule'], message: 'only a hybrid opportunity has online hours (remote: all of them; on site or home-based: none)' });
  if (o.applicationDeadline !== null && o.startDate !== null && o.kind !== 'job' && o.applicationDeadline > o.startDate) {
    issues.push({ path: ['applicationDeadline'], message: 'the application deadline of a programme must not be after its start date' });
  }
  return issues;
}

const withRules = <T extends z.ZodType<OpportunityFields>>(schema: T) =>
  schema.superRefine((o, ctx) => {
    for (const issue of opportunityRuleIssues(o)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  });

/** A complete opportunity with every rule: what create, update (after merging) and import must satisfy. */
export const CompleteOpportunitySchema = withRules(OpportunityFieldsSchema);

export const CreateOpportunitySchema = withRules(
  OpportunityFieldsSchema.extend({
    /** Admins only: the owning organisation. Employers always create for their own organisation. */
    organisationId: z.uuid().optional(),
  }),
);
export type CreateOpportunity = z.infer<typeof CreateOpportunitySchema>;

type OptionalNoDefaults<S extends z.ZodRawShape> = { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer I> ? I : S[K]> };
/** Every field optional and WITHOUT its default: a PATCH must not reset the fields it does not name. */
function optionalWithoutDefaults<S extends z.ZodRawShape>(shape: S): OptionalNoDefaults<S> {
  return Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, (s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : (s as z.ZodType)).optional()])) as unknown as OptionalNoDefaults<S>;
}

/** PATCH: any field but the kind; `version` (optional) makes the update conditional on it. */
export const UpdateOpportunitySchema = z.strictObject({
  ...optionalWithoutDefaults(OpportunityFieldsSchema.omit({ kind: true }).shape),
  version: z.number().int().min(1).optional(),
});
export type UpdateOpportunity = z.infer<typeof UpdateOpportunitySchema>;

export const OpportunitySchema = OpportunityFieldsSchema.extend({
  id: idField('The opportunity', EXAMPLE_ID.opportunity),
  organisationId: idField('The employer or training provider that offers it', EXAMPLE_ID.organisation),
  status: OpportunityStatusSchema,
  booked: z.number().int().meta({ description: 'Seats taken by placements (placed, started, completed)', example: 4 }),
  // As stored (normalised hour grids): the same type as the input's transform gives, but describable.
  schedule: WeekHoursSchema.nullable(),
  onlineSchedule: WeekHoursSchema.nullable(),
  /** Always set on a stored opportunity (the creation day unless given). */
  postedAt: isoDate,
  version: z.number().int().meta({ description: 'Bumped on every change; send it in a PATCH to make the update conditional', example: 2 }),
  createdAt: dateTimeField('When it was created'),
  updatedAt: dateTimeField('Last change'),
});
export type Opportunity = z.infer<typeof OpportunitySchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const OpportunityListQuerySchema = z.strictObject({
  kind: OpportunityKindSchema.optional(),
  status: OpportunityStatusSchema.optional(),
  /** A region code; matches the region and its subdivisions (EC matches EC-P). */
  region: z.string().regex(/^[A-Za-z0-9-]{1,40}$/).optional(),
  /** An ESCO occupation URI (exact) or an ISCO-08 prefix of 1..4 digits. */
  occupation: z.string().trim().min(1).max(300).optional(),
  /** Open, before its deadline and with a free seat. */
  openNow: booleanQuery.optional(),
  organisationId: z.uuid().optional(),
  cursor: z.string().regex(/^[0-9]{1,19}$/, { error: 'use the nextCursor of the previous page' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type OpportunityListQuery = z.infer<typeof OpportunityListQuerySchema>;

export const OpportunityPageSchema = z.object({
  items: z.array(OpportunitySchema),
  nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page', example: null }),
});
export type OpportunityPage = z.infer<typeof OpportunityPageSchema>;
