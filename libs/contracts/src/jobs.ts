import { z } from 'zod';

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
export const SeatFreedJob = z.strictObject({ type: z.literal('seat.freed'), opportunityId: id, placementId: id });

export const DomainEventSchema = z.discriminatedUnion('type', [
  OrganisationChangedJob,
  ProfileChangedJob,
  ProfileErasedJob,
  OpportunityChangedJob,
  PlacementChangedJob,
  SeatFreedJob,
]);
export type DomainEvent = z.infer<typeof DomainEventSchema>;
export type DomainEventType = DomainEvent['type'];
