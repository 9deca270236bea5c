import { z } from 'zod';
import { ExitReasonSchema, PlacementStatusSchema } from './placement';

/** A share with what it was computed from, so funders can check it; rate is null when nothing to divide by. */
export const RatioSchema = z.object({
  numerator: z.number().int().meta({ example: 9 }),
  denominator: z.number().int().meta({ example: 12 }),
  rate: z.number().nullable().meta({ description: 'numerator / denominator, 0..1; null when the denominator is 0', example: 0.75 }),
});
export type Ratio = z.infer<typeof RatioSchema>;

/**
 * The programme figures funders ask for.
 * - placementRate: placements that reached `placed` / placements that reached `referred`.
 * - completionRate: `completed` / placements that reached `started`.
 * - dropoutReasons: dropped_out placements per reason (every reason present, zeros included).
 * - retention3Months / retention6Months: employed at 3 / 6 months among placements that reached
 *   `placed` and have that outcome recorded.
 * - hiredAfterTraining: hired among completed placements with that outcome recorded.
 * - byStatus: current status counts (every status present).
 */
export const ProgrammeReportSchema = z.object({
  scope: z.object({
    kind: z.enum(['opportunity', 'organisation']),
    id: z.uuid(),
    /** `own_people` when a case manager sees only the placements of their organisation's people. */
    restrictedTo: z.enum(['all', 'own_people']),
  }),
  total: z.number().int(),
  byStatus: z.record(PlacementStatusSchema, z.number().int()),
  placementRate: RatioSchema,
  completionRate: RatioSchema,
  dropoutReasons: z.record(ExitReasonSchema, z.number().int()),
  retention3Months: RatioSchema,
  retention6Months: RatioSchema,
  hiredAfterTraining: RatioSchema,
});
export type ProgrammeReport = z.infer<typeof ProgrammeReportSchema>;
