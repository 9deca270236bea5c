import type { Principal } from '@app/contracts';
import { ApiError } from '@app/platform';
import type { PlacementRow } from './placement-row';

/**
 * Who sees a placement: admins; case managers of the person's organisation; employers of the
 * opportunity's organisation once the person has been referred (a suggestion is internal to the case
 * manager until the person decides to apply). Everyone else gets 404: a placement's existence says
 * something about a person.
 */
export function maySeePlacement(p: Principal, r: Pick<PlacementRow, 'organisation_id' | 'opportunity_organisation_id' | 'status'>): boolean {
  if (p.role === 'admin') return true;
  if (p.role === 'case_manager') return r.organisation_id === p.organisationId;
  if (p.role === 'employer') return r.opportunity_organisation_id === p.organisationId && r.status !== 'suggested';
  return false;
}

export function assertMaySeePlacement(p: Principal, r: PlacementRow | undefined): asserts r is PlacementRow {
  if (!r || !maySeePlacement(p, r)) throw ApiError.notFound('Placement');
}
