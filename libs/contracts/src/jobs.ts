import { z } from 'zod';
import { CONSENT_SCOPES } from './profiles/sections';
import { CohortRequestedJob, FairChangedJob, ShortlistRequestedJob } from './fairs/jobs';

/**
 * Job payloads carry ids (and a version where an upsert must be ordered), never personal data.
 * The outbox stores exactly these objects; the scorer validates them again on receipt.
 */
const id = z.uuid();

export const OrganisationChangedJob = z.strictObject({ type: z.literal('organisation.changed'), organisationId: id });
export const ProfileChangedJob = z.strictObject({ type: z.literal('profile.changed'), profileId: id, version: z.number().int().nonnegative() });
export const ProfileErasedJob = z.strictObject({ type: z.literal('profile.erased'), profileId: id });
export const OpportunityChangedJob = z.strictObject({ type: z.literal('opportunity.changed'), opportunityId: id, version: z.number().int().nonnegative() });
export const PlacementChangedJob = z.strictObject({ type: z.literal('placement.changed'), placementId: id, opportunityId: id, version: z.number().int().nonnegative() });
/** Consent scopes withdrawn (also announced as profile.changed): consumers drop the person from what those scopes allowed. */
export const ProfileConsentWithdrawnJob = z.strictObject({
  type: z.literal('profile.consent_withdrawn'),
  profileId: id,
  version: z.number().int().nonnegative(),
  scopes: z.array(z.enum(CONSENT_SCOPES)).min(1).max(3),
});
export const SeatFreedJob = z.strictObject({ type: z.literal('seat.freed'), opportunityId: id, placementId: id });
/** Labour-market indicators were imported: the scorer recomputes the demand index (no ids: the table is re-read). */
export const DemandIndicatorsChangedJob = z.strictObject({ type: z.literal('demand.indicators_changed'), rows: z.number().int().nonnegative() });

export const DomainEventSchema = z.discriminatedUnion('type', [
  OrganisationChangedJob,
  ProfileChangedJob,
  ProfileErasedJob,
  OpportunityChangedJob,
  PlacementChangedJob,
  SeatFreedJob,
  ProfileConsentWithdrawnJob,
  FairChangedJob,
  ShortlistRequestedJob,
  CohortRequestedJob,
  DemandIndicatorsChangedJob,
]);
export type DomainEvent = z.infer<typeof DomainEventSchema>;
export type DomainEventType = DomainEvent['type'];
