import { z } from 'zod';

/**
 * Reasons as the API returns them: a code and the facts behind it, with stable identifiers (ESCO URIs
 * for skills and occupations, opportunity ids for courses and vacancies) and their labels in the
 * response language. Never internal numeric ids. `explanation` holds the same as sentences.
 */

const skill = z.object({ uri: z.string().nullable().describe('ESCO skill URI'), label: z.string() });
const occupation = z.object({
  uri: z.string().nullable().describe('ESCO occupation URI (null when only an ISCO code is known)'),
  iscoCode: z.string().nullable(),
  label: z.string(),
});
const course = z.object({ opportunityId: z.uuid(), title: z.string() });
const language = z.object({ tag: z.string().describe('BCP-47 tag'), label: z.string() });
const cefr = z.enum(['none', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native']);
const day = z.enum(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
const isoDate = z.string().describe('YYYY-MM-DD');
const mode = z.enum(['walk', 'bicycle', 'public_transport', 'car', 'motorbike']);
const hourRange = z.object({ days: z.array(day), from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) });
const reason = <C extends string, S extends z.ZodRawShape>(code: C, shape: S) => z.object({ code: z.literal(code), ...shape });
const authorisationKind = z.string().nullable().describe('the person\'s authorisation kind (case managers only; never in employer views)');

/** Why an option is excluded: every gate, with its facts. */
export const GATE_REASON_SCHEMAS = [
  reason('not_open', {}),
  reason('not_authorised_work', { authorisationKind }),
  reason('not_authorised_training', { authorisationKind }),
  reason('authorisation_kind_not_accepted', { authorisationKind, accepted: z.array(z.string()) }),
  reason('permit_ends_before', { endsAt: isoDate, startsAt: isoDate, programmeEndsAt: isoDate.nullable() }),
  reason('minimum_age', { minimumAge: z.number().int() }),
  reason('deadline_passed', { deadline: isoDate }),
  reason('capacity_full', { capacity: z.number().int(), booked: z.number().int() }),
  reason('programme_started', { startDate: isoDate, joinBy: isoDate.describe('last day a newcomer could still join') }),
  reason('starts_before_available', { joinBy: isoDate, earliestStart: isoDate }),
  reason('excluded_sector', { sector: z.string().describe('the excluded sector code or ISCO prefix this opportunity is in') }),
  reason('no_digital_access', { needs: z.array(z.enum(['device', 'connectivity'])), onlineSessions: z.enum(['all', 'some']) }),
  reason('not_accessible', {}),
  reason('commute_too_long', { minutes: z.number().int(), maxMinutes: z.number().int(), mode }),
  reason('schedule_conflict', {
    day: day.describe('first conflicting block'),
    from: z.number().int(),
    to: z.number().int(),
    hours: z.number().int().describe('scheduled hours a week the person cannot attend'),
    careHours: z.number().int().describe('of which blocked by care duties'),
    resolvedBy: z.enum(['childcare']).nullable(),
  }),
  reason('language_below_minimum', { language, required: cefr, has: cefr }),
] as const;

export const POSITIVE_REASON_SCHEMAS = [
  reason('waiting_list', { capacity: z.number().int(), booked: z.number().int() }),
  reason('commitment', {
    schedule: z.array(hourRange),
    hoursPerWeek: z.number(),
    durationWeeks: z.number().int().nullable(),
    startDate: isoDate,
    endDate: isoDate.nullable(),
    mode: z.enum(['on_site', 'hybrid', 'remote', 'home_based']),
    onlineSchedule: z.array(hourRange).nullable().describe('hybrid: the online hours, the rest on site'),
  }),
  reason('skills_matched', { matched: z.number().int(), total: z.number().int(), skills: z.array(skill) }),
  reason('partial_skill_match', { skill, via: z.enum(['broader', 'narrower', 'related']), heldSkill: skill, credit: z.number() }),
  reason('skills_missing', { missing: z.number().int(), total: z.number().int() }),
  reason('missing_essential_skill', { skill, coveredBy: z.array(course).describe('trainings that teach it') }),
  reason('optional_skills_matched', { matched: z.number().int(), total: z.number().int(), skills: z.array(skill) }),
  reason('skill_evidence', { assessed: z.number().int(), certified: z.number().int(), selfDeclared: z.number().int() }),
  reason('skill_level', { above: z.number().int(), at: z.number().int(), below: z.number().int() }),
  reason('experience_counted', {
    occupation,
    months: z.number().int(),
    via: z.enum(['same_occupation', 'isco_group']),
    abroad: z.boolean().optional().describe('worked outside the country the person lives in (not shown to employers)'),
    informal: z.boolean(),
  }),
  reason('aspiration_match', { on: z.enum(['occupation', 'sector', 'pathway']), occupation: occupation.optional(), sector: z.string().optional(), pathway: z.enum(['job', 'apprenticeship', 'training', 'self_employment']).optional() }),
  reason('commute', { minutes: z.number().int(), maxMinutes: z.number().int(), mode, viaAllowance: z.boolean() }),
  reason('remote', {}),
  reason('home_based', {}),
  reason('commute_unknown', {}),
  reason('accessible_place', {}),
  reason('childcare_frees_care_hours', { hours: z.number().int() }),
  reason('language_gap', { language, required: cefr, has: cefr, support: z.boolean(), hard: z.boolean() }),
  reason('credential_status', { status: z.enum(['recognised', 'in_progress', 'not_recognised', 'undocumented', 'none']), minEqf: z.number().int(), counts: z.boolean() }),
  reason('demand', {
    level: z.enum(['high', 'medium', 'low']),
    value: z.number(),
    vacancySignal: z.number().describe('0..1 from open vacancies'),
    weightedOpenings: z.number().describe('openings, time-decayed and weighted by days unfilled'),
    indicator: z.object({ value: z.number(), source: z.string(), date: isoDate }).nullable().describe('the imported labour-market indicator that counts, if any'),
  }),
  reason('authorisation_ends_early', { monthsBefore: z.number().int(), endsAt: isoDate, programmeEndsAt: isoDate }),
  reason('income_gap', {}),
  reason('pathway', { unlocked: z.number().int(), opportunityIds: z.array(z.uuid()) }),
] as const;

export const GateReasonSchema = z
  .discriminatedUnion('code', [...GATE_REASON_SCHEMAS])
  .meta({ id: 'GateReason', description: 'Why an option is excluded: `code` names the gate, the other fields are its facts (`explanation` says the same in words)' });
export type PublicGateReason = z.infer<typeof GateReasonSchema>;
export const ReasonSchema = z
  .discriminatedUnion('code', [...GATE_REASON_SCHEMAS, ...POSITIVE_REASON_SCHEMAS])
  .meta({ id: 'Reason', description: 'One typed reason for a rank: `code` says which, the other fields are its facts (ESCO URIs, opportunity ids, minutes, levels), labels in the response language' });
export type PublicReason = z.infer<typeof ReasonSchema>;
export type PublicReasonCode = PublicReason['code'];

/**
 * What an employer or training provider may see of a candidate's reasons: skills, experience,
 * commute, language, credentials. Never the legal situation, care duties, income needs, aspirations
 * or where someone worked before (origin must not narrow what is offered).
 */
export const EMPLOYER_VISIBLE_REASONS: ReadonlySet<PublicReasonCode> = new Set<PublicReasonCode>([
  'skills_matched',
  'partial_skill_match',
  'skills_missing',
  'missing_essential_skill',
  'optional_skills_matched',
  'skill_evidence',
  'skill_level',
  'experience_counted',
  'commute',
  'remote',
  'home_based',
  'commute_unknown',
  'language_gap',
  'credential_status',
  'commitment',
]);

/** A reason as an employer may see it (`EMPLOYER_VISIBLE_REASONS`), without where the experience was gained. */
export function employerReasons(reasons: readonly PublicReason[]): PublicReason[] {
  return reasons.filter((r) => EMPLOYER_VISIBLE_REASONS.has(r.code)).map((r) => {
    if (r.code !== 'experience_counted') return r;
    const { abroad: _abroad, ...rest } = r;
    return rest;
  });
}
