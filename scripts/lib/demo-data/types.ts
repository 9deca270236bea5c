import type { CreateOpportunitySchema, CreateProfileSchema, RestrictedRecordInput } from '@app/contracts';
import type { z } from 'zod';
import type { OrgKey } from './organisations';

/** A person as a case manager would enter them: the profile, then the restricted record. */
export interface DemoPerson {
  /** Stable handle (`demo-person-042`), also the Idempotency-Key of the create. */
  ref: string;
  /** Set for the named people the README uses. */
  showcase?: string;
  profile: z.input<typeof CreateProfileSchema>;
  restricted: RestrictedRecordInput;
}

/** An opportunity as its employer or provider would post it (its externalId is `ref`). */
export interface DemoOpportunity {
  ref: string;
  org: OrgKey;
  showcase?: string;
  input: z.input<typeof CreateOpportunitySchema>;
}

export interface DemoDataSet {
  people: DemoPerson[];
  opportunities: DemoOpportunity[];
}
