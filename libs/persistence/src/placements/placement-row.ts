import type { Placement, PlacementStatus, ExitReason, PlacementTransitionRecord } from '@app/contracts';

/** A `placements` row as pg returns it (raw SQL: the seat and status updates are conditional SQL). */
export interface PlacementRow {
  id: string;
  opportunity_id: string;
  profile_id: string;
  organisation_id: string;
  status: PlacementStatus;
  reason: ExitReason | null;
  holds_seat: boolean;
  hired_after_training: boolean | null;
  hired_by_organisation_id: string | null;
  employed_at_3_months: boolean | null;
  employed_at_6_months: boolean | null;
  wage_amount: string | null;
  wage_currency: string | null;
  wage_period: NonNullable<Placement['outcome']['wage']>['period'] | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  /** Joined: the organisation that offers the opportunity. */
  opportunity_organisation_id: string;
}

export const PLACEMENT_SELECT = `SELECT pl.*, o.organisation_id AS opportunity_organisation_id FROM placements pl JOIN opportunities o ON o.id = pl.opportunity_id`;

export function toPlacement(r: PlacementRow): Placement {
  return {
    id: r.id,
    opportunityId: r.opportunity_id,
    profileId: r.profile_id,
    organisationId: r.organisation_id,
    status: r.status,
    reason: r.reason,
    holdsSeat: r.holds_seat,
    outcome: {
      hiredAfterTraining: r.hired_after_training,
      hiredByOrganisationId: r.hired_by_organisation_id,
      employedAt3Months: r.employed_at_3_months,
      employedAt6Months: r.employed_at_6_months,
      wage: r.wage_amount !== null && r.wage_currency && r.wage_period ? { amount: Number(r.wage_amount), currency: r.wage_currency, period: r.wage_period } : null,
    },
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export interface TransitionRow {
  from_status: PlacementStatus | null;
  to_status: PlacementStatus;
  reason: ExitReason | null;
  note: string | null;
  confirmed_by_api_key_id: string;
  confirmed_by_role: string;
  at: Date;
}

export function toTransitionRecord(r: TransitionRow): PlacementTransitionRecord {
  return { from: r.from_status, to: r.to_status, reason: r.reason, note: r.note, confirmedByApiKeyId: r.confirmed_by_api_key_id, confirmedByRole: r.confirmed_by_role, at: r.at.toISOString() };
}
