import { z } from 'zod';
import { ReasonSchema } from '../matching/reasons';
import { EXAMPLE_ID, idField } from '../openapi-examples';

export const ALLOCATION_STRATEGIES = ['max_total', 'coverage_first'] as const;
export const SHORTLIST_STATES = ['queued', 'scoring', 'allocating', 'done', 'failed'] as const;
export type ShortlistState = (typeof SHORTLIST_STATES)[number];

export const CreateShortlistSchema = z.strictObject({
  /** Same number of interview slots for every opportunity; absent = each opportunity's registered slots. */
  slotsPerOpportunity: z.number().int().min(0).max(1000).optional(),
  maxInterviewsPerAttendee: z.number().int().min(1).max(50),
  minScore: z.number().min(0).max(100).default(0),
  strategy: z.enum(ALLOCATION_STRATEGIES),
});
export type CreateShortlist = z.infer<typeof CreateShortlistSchema>;

export const ShortlistAcceptedSchema = z.object({
  shortlistId: idField('The shortlist', EXAMPLE_ID.shortlist),
  state: z.enum(SHORTLIST_STATES).meta({ description: 'queued -> scoring -> allocating -> done (or failed)', example: 'queued' }),
  poll: z.string().meta({ description: 'GET this to follow its progress', example: `/shortlists/${EXAMPLE_ID.shortlist}` }),
  /** False when an identical request for this fair was still running and is returned instead. */
  created: z.boolean(),
});
export type ShortlistAccepted = z.infer<typeof ShortlistAcceptedSchema>;

/** The allocation's report as stored and shown (numbers only; no personal data). */
export const ShortlistReportSchema = z.object({
  strategy: z.enum(ALLOCATION_STRATEGIES),
  attendees: z.number().int(),
  /** Attendees the engine could not score (consent withdrawn, profile incomplete or erased since registration). */
  attendeesNotScorable: z.number().int(),
  attendeesEligible: z.number().int(),
  opportunities: z.number().int(),
  /** Opportunities not open any more (closed, or drafts): they get nobody. */
  opportunitiesNotOpen: z.number().int(),
  edges: z.number().int(),
  interviews: z.number().int(),
  totalScore: z.number(),
  attendeesCovered: z.number().int(),
  /** Covered / attendees with at least one eligible pair. */
  coverageOfEligible: z.number(),
  coverageBound: z.number().int(),
  /** Histogram: interviewsPerAttendee[k] = attendees with exactly k interviews. */
  interviewsPerAttendee: z.array(z.number().int()),
  simpleBound: z.number(),
  /** (simpleBound - total) / simpleBound: what the capacities force us to leave on the table. */
  gapToBound: z.number(),
  /** The solver's own certificate: primal objective equals the LP dual bound (exact optimum). */
  certifiedOptimal: z.boolean(),
  /** (dual bound - primal objective) / dual bound; 0 when certified optimal. */
  optimalityGap: z.number(),
  greedy: z.object({ totalScore: z.number(), attendeesCovered: z.number().int(), gapToOptimum: z.number() }),
  slotsUsed: z.number().int(),
  computedAt: z.iso.datetime(),
  durationMs: z.number(),
});
export type ShortlistReport = z.infer<typeof ShortlistReportSchema>;

export const GroupSelectionSchema = z.object({ group: z.string(), attendees: z.number().int(), selected: z.number().int(), rate: z.number(), inRatio: z.boolean() });
export const GroupAuditSchema = z.object({
  groups: z.array(GroupSelectionSchema),
  unlabeled: z.number().int(),
  fourFifthsRatio: z.number().nullable(),
  belowFourFifths: z.boolean(),
});
/** Fairness of exposure (organisers and admins only): aggregates, computed after allocation, never used to rank. */
export const ShortlistFairnessSchema = z.object({
  interviewsPerAttendee: z.array(z.number().int()),
  byGender: GroupAuditSchema.nullable(),
  byNationality: GroupAuditSchema.nullable(),
  minGroupSize: z.number().int(),
  note: z.string(),
});
export type ShortlistFairness = z.infer<typeof ShortlistFairnessSchema>;

export const ShortlistStatusSchema = z.object({
  id: idField('The shortlist', EXAMPLE_ID.shortlist),
  fairId: idField('The fair', EXAMPLE_ID.fair),
  state: z.enum(SHORTLIST_STATES).meta({ description: 'queued -> scoring -> allocating -> done (or failed)', example: 'scoring' }),
  percent: z.number().int().meta({ description: 'Progress 0..100 (for a progress bar)', example: 40 }),
  params: z.object({ slotsPerOpportunity: z.number().int().nullable(), maxInterviewsPerAttendee: z.number().int(), minScore: z.number(), strategy: z.enum(ALLOCATION_STRATEGIES) }),
  chunksTotal: z.number().int(),
  chunksDone: z.number().int(),
  report: ShortlistReportSchema.nullable(),
  fairness: ShortlistFairnessSchema.nullable(),
  error: z.string().nullable(),
  createdAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
});
export type ShortlistStatus = z.infer<typeof ShortlistStatusSchema>;

/** One of a fair's shortlists in a list: its status without the report and audit (GET /shortlists/:id has those). */
export const ShortlistSummarySchema = ShortlistStatusSchema.pick({ id: true, fairId: true, state: true, percent: true, params: true, error: true, createdAt: true, finishedAt: true }).extend({
  interviews: z.number().int().nullable().meta({ description: 'Interviews scheduled (null until it is done)', example: 96 }),
});
export type ShortlistSummary = z.infer<typeof ShortlistSummarySchema>;

/** Most a fair's shortlist list returns: each run is a deliberate organiser action, so a fair has few. */
export const MAX_FAIR_SHORTLISTS = 100;
/** GET /fairs/:id/shortlists: the fair's shortlists, newest first. */
export const FairShortlistsSchema = z.object({
  items: z.array(ShortlistSummarySchema).max(MAX_FAIR_SHORTLISTS).meta({ description: `Newest first (the latest ${MAX_FAIR_SHORTLISTS})` }),
});
export type FairShortlists = z.infer<typeof FairShortlistsSchema>;

/**
 * An attendee's name as the fair's organiser sees it: the display name the case manager recorded, so the
 * organiser can call people to the tables; null once the person withdrew consent, was erased or has none.
 * Only the name: phone, e-mail and the restricted record stay with the case manager.
 */
const attendeeName = z.string().nullable().meta({ description: "The attendee's display name (organisers and admins; null if withdrawn, erased or not recorded)", example: 'Mayerlin Rodríguez' });

const Interview = z.object({
  rank: z.number().int().meta({ description: "Attendee's rank for this opportunity (1 = best)", example: 1 }),
  score: z.number().meta({ description: 'Fit 0..100', example: 72.4 }),
  slot: z.number().int().meta({ description: 'Interview slot number (0 = the first)', example: 0 }),
  startsAt: z.string().meta({ description: 'Local wall-clock time at the venue, `YYYY-MM-DDTHH:mm`', example: '2026-05-14T09:00' }),
  endsAt: z.string().meta({ description: 'Local wall-clock time at the venue, `YYYY-MM-DDTHH:mm`', example: '2026-05-14T09:20' }),
});

export const ShortlistEntrySchema = Interview.extend({
  profileId: z.uuid(),
  displayName: attendeeName,
  /** What an employer may see of the reasons (skills, experience, commute, language, credentials), typed with their facts. */
  reasons: z.array(ReasonSchema),
  explanation: z.array(z.string()),
});
export const OpportunityShortlistSchema = z.object({
  opportunityId: z.uuid(),
  title: z.string(),
  organisationId: z.uuid(),
  slots: z.number().int(),
  entries: z.array(ShortlistEntrySchema),
});
export const AttendeeScheduleSchema = z.object({
  profileId: z.uuid(),
  displayName: attendeeName,
  interviews: z.array(Interview.extend({ opportunityId: z.uuid(), title: z.string() })),
});
/**
 * Why an attendee has no interview: not scorable (consent withdrawn, profile incomplete or erased since
 * registration), no eligible opportunity at the fair (`gates`: how many opportunities each requirement
 * ruled out), eligible only below the minimum score, or eligible but every slot went to better-scoring
 * attendees or the per-attendee cap (`no_free_slot`).
 */
export const UNPLACED_REASONS = ['not_scorable', 'no_eligible_opportunity', 'below_min_score', 'no_free_slot'] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];
/** As stored with a finished shortlist (ids and counts only). */
export interface UnplacedAttendee {
  profileId: string;
  why: UnplacedReason;
  gates: Record<string, number>;
  eligibleOpportunities: number;
}
/**
 * Requirements an organiser sees by name when counting why an attendee was not eligible; the others
 * (work or training authorisation, permit dates, age, accessibility) are counted together as
 * `other_requirements`: they describe the person's legal situation or health, which stays with the case manager.
 */
export const ORGANISER_VISIBLE_GATES: ReadonlySet<string> = new Set([
  'not_open',
  'deadline_passed',
  'capacity_full',
  'programme_started',
  'starts_before_available',
  'excluded_sector',
  'no_digital_access',
  'commute_too_long',
  'schedule_conflict',
  'language_below_minimum',
]);
export const UnplacedAttendeeSchema = z.object({
  profileId: idField('The attendee', EXAMPLE_ID.profile),
  displayName: attendeeName,
  reason: z.enum(UNPLACED_REASONS).meta({ description: 'Why the attendee has no interview', example: 'no_free_slot' }),
  /** no_eligible_opportunity: opportunities of the fair each requirement ruled out (one may fail several). */
  gates: z.record(z.string(), z.number().int()),
  /** Opportunities of the fair the attendee passed every requirement for. */
  eligibleOpportunities: z.number().int(),
  explanation: z.string(),
});

export const ShortlistResultsSchema = z.object({
  shortlistId: idField('The shortlist', EXAMPLE_ID.shortlist),
  fairId: idField('The fair', EXAMPLE_ID.fair),
  language: z.enum(['es', 'en']).meta({ description: 'Language of labels and explanations (Accept-Language; default en)', example: 'es' }),
  report: ShortlistReportSchema,
  fairness: ShortlistFairnessSchema.nullable(),
  opportunities: z.array(OpportunityShortlistSchema),
  attendees: z.array(AttendeeScheduleSchema),
  /** Every attendee without an interview, with why: nobody is left out silently. */
  unplaced: z.array(UnplacedAttendeeSchema),
});
export type ShortlistResults = z.infer<typeof ShortlistResultsSchema>;

/** What an employer sees of its own opportunity's shortlist: masked contact data, no restricted record. */
export const EmployerShortlistSchema = z.object({
  shortlistId: z.uuid(),
  fairId: z.uuid(),
  opportunityId: z.uuid(),
  title: z.string(),
  language: z.enum(['es', 'en']),
  entries: z.array(
    Interview.extend({
      profileId: z.uuid(),
      contact: z.object({ displayName: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() }),
      contactMasked: z.boolean(),
      regionCode: z.string().nullable(),
      languages: z.array(z.object({ tag: z.string(), level: z.string() })),
      reasons: z.array(ReasonSchema),
      explanation: z.array(z.string()),
    }),
  ),
});
export type EmployerShortlist = z.infer<typeof EmployerShortlistSchema>;
