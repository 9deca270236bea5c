import { z } from 'zod';

export const COHORT_STATES = ['queued', 'allocating', 'done', 'failed'] as const;

export const CreateCohortSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  profileIds: z.array(z.uuid()).min(1).max(10000),
  /** Apprenticeship or training opportunities; seats = capacity - booked when the allocation runs. */
  opportunityIds: z.array(z.uuid()).min(1).max(200),
  minScore: z.number().min(0).max(100).default(0),
});
export type CreateCohort = z.infer<typeof CreateCohortSchema>;

const Seat = z.object({ profileId: z.uuid(), position: z.number().int(), score: z.number() });
export const CohortSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  state: z.enum(COHORT_STATES),
  poll: z.string(),
  report: z
    .object({
      people: z.number().int(),
      peopleNotScorable: z.number().int(),
      placed: z.number().int(),
      seats: z.number().int(),
      totalScore: z.number(),
      certifiedOptimal: z.boolean(),
      gapToBound: z.number(),
      computedAt: z.iso.datetime(),
    })
    .nullable(),
  programmes: z.array(z.object({ opportunityId: z.uuid(), seats: z.number().int(), placed: z.array(Seat), waitingList: z.array(Seat) })),
  error: z.string().nullable(),
});
export type Cohort = z.infer<typeof CohortSchema>;
