import { z } from 'zod';
import { dateTimeField, EXAMPLE_ID, idField } from '../openapi-examples';
import { CandidateSchema } from './candidates';
import { ReasonSchema } from './reasons';

/** GET /opportunities/:id/replacements: the candidates' query (limit, jobId to poll). */
export { CandidatesQuerySchema as ReplacementsQuerySchema } from './candidates';

const isoDate = z.iso.date();

/**
 * Why a person is at this place in the order (language-neutral; `explanation` is the same as a sentence):
 * `waiting_list` — `position` on the programme's cohort waiting list (they come first, in list order);
 * `ranked` — `rank` among the ranked people shown (1 = best), all of whom can start by `canStartBy`,
 * with their `score` (0..100).
 */
export const ReplacementReasonSchema = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('waiting_list'), position: z.number().int().min(1) }),
    z.object({ code: z.literal('ranked'), rank: z.number().int().min(1), score: z.number(), canStartBy: isoDate }),
  ])
  .meta({ id: 'ReplacementReason', description: '`waiting_list` with its position on the cohort waiting list, or `ranked` with the rank (1 = best), score 0..100 and the day all listed can start by' });
export type ReplacementReason = z.infer<typeof ReplacementReasonSchema>;

/**
 * Why someone who would have been listed was left out (first that applies, in this order):
 * `holdsSeat` — already holds a seat of this opportunity (placed, started, completed);
 * `droppedOut` — dropped out of this opportunity (the pipeline never moves a dropout back, and a person
 *   has one placement per opportunity);
 * `cannotStartInWindow` — earliest start after `canStartBy`;
 * `placedElsewhere` — placed or started at another opportunity whose dates and weekly hours overlap these;
 * `notEligible` — on the waiting list but no longer passing a requirement (or no longer rankable).
 */
export const REPLACEMENT_SKIP_REASONS = ['holdsSeat', 'droppedOut', 'cannotStartInWindow', 'placedElsewhere', 'notEligible'] as const;
export type ReplacementSkipReason = (typeof REPLACEMENT_SKIP_REASONS)[number];
const count = z.number().int().min(0);
export const ReplacementSkippedSchema = z.object({
  holdsSeat: count,
  droppedOut: count,
  cannotStartInWindow: count,
  placedElsewhere: count,
  notEligible: count,
} satisfies Record<ReplacementSkipReason, z.ZodNumber>);
export type ReplacementSkipped = z.infer<typeof ReplacementSkippedSchema>;

export const ReplacementSchema = CandidateSchema.extend({
  /** `waiting_list`: from the programme's cohort waiting list (first, in list order); `ranked`: the best who can start by `canStartBy`. */
  source: z.enum(['waiting_list', 'ranked']),
  waitingListPosition: z.number().int().nullable(),
  reason: ReplacementReasonSchema,
  /** `reason` as a sentence in `language`. */
  explanation: z.string(),
  /** Why the person fits, as for candidates: the typed reasons an employer may see. */
  fitReasons: z.array(ReasonSchema),
  /** `fitReasons` as sentences in `language`. */
  fitExplanation: z.array(z.string()),
}).meta({ id: 'Replacement' });
export type Replacement = z.infer<typeof ReplacementSchema>;

export const ReplacementsSchema = z.object({
  opportunityId: idField('The opportunity', EXAMPLE_ID.opportunity),
  /** Last day a replacement can still join (programmes: start + replacementWindowFraction x duration); null for jobs. */
  windowEnd: z.string().nullable(),
  /** Everyone listed can start on or before this day: the window's last day, or today for jobs (no window). */
  canStartBy: isoDate,
  seatsFree: z.number().int().meta({ description: 'Seats free now (capacity - booked)', example: 1 }),
  indexVersion: z.number().int(),
  computedAt: dateTimeField('When the ranking was computed'),
  /** Language of `explanation` and `skippedExplanation` (Accept-Language: es or en; default en). */
  language: z.enum(['es', 'en']),
  items: z.array(ReplacementSchema),
  /**
   * People left out who would have been listed, per reason: those the order (waiting list, then rank)
   * puts ahead of the last one shown, or all of them when the list is shorter than `limit`. People who
   * have not consented to being visible to employers are never counted.
   */
  skipped: ReplacementSkippedSchema,
  /** `skipped` as sentences in `language`, one per reason that left someone out. */
  skippedExplanation: z.array(z.string()),
});
export type Replacements = z.infer<typeof ReplacementsSchema>;
