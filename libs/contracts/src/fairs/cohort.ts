import { z } from 'zod';
import { EXAMPLE_ID, idField } from '../openapi-examples';

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
  id: idField('The cohort', EXAMPLE_ID.cohort),
  name: z.string().meta({ example: 'Cohorte panadería mayo' }),
  state: z.enum(COHORT_STATES).meta({ description: 'queued -> allocating -> done (or failed); `report` and `programmes` once done', example: 'done' }),
  poll: z.string().meta({ description: 'GET this to follow it', example: `/cohorts/${EXAMPLE_ID.cohort}` }),
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
