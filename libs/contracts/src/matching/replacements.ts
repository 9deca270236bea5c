import { z } from 'zod';
import { CandidateSchema } from './candidates';

/** GET /opportunities/:id/replacements: the candidates' query (limit, jobId to poll). */
export { CandidatesQuerySchema as ReplacementsQuerySchema } from './candidates';

export const ReplacementSchema = CandidateSchema.extend({
  /** `waiting_list`: from the programme's cohort waiting list (first, in list order); `ranked`: the best who can start today. */
  source: z.enum(['waiting_list', 'ranked']),
  waitingListPosition: z.number().int().nullable(),
});
export type Replacement = z.infer<typeof ReplacementSchema>;

export const ReplacementsSchema = z.object({
  opportunityId: z.uuid(),
  /** Last day a replacement can still join (programmes: start + replacementWindowFraction x duration); null for jobs. */
  windowEnd: z.string().nullable(),
  seatsFree: z.number().int(),
  indexVersion: z.number().int(),
  computedAt: z.iso.datetime(),
  items: z.array(ReplacementSchema),
});
export type Replacements = z.infer<typeof ReplacementsSchema>;
