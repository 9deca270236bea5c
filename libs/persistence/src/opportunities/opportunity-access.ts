import type { OpportunityStatusName, Principal } from '@app/contracts';
import { ApiError } from '@app/platform';

/**
 * Who sees and changes which opportunity. Published (open or filled) opportunities are readable by
 * every role; drafts and closed ones only by their own organisation and admins. Writes belong to the
 * owning organisation's employer keys and to admins.
 *
 * No existence leak: a caller who may not read an opportunity gets 404 for reads and writes alike, as
 * if it did not exist; a caller who may read it (it is published) but not change it gets 403.
 */
export const PUBLISHED_STATUSES: readonly OpportunityStatusName[] = ['open', 'filled'];

type Owned = { organisationId: string; status: OpportunityStatusName };

export function mayRead(p: Principal, o: Owned): boolean {
  return p.role === 'admin' || o.organisationId === p.organisationId || PUBLISHED_STATUSES.includes(o.status);
}

export function mayWrite(p: Principal, o: Owned): boolean {
  return p.role === 'admin' || (p.role === 'employer' && o.organisationId === p.organisationId);
}

/** Throws 404 when the caller may not see it, 403 when they see it but may not change it. */
export function assertMayWrite<T extends Owned>(p: Principal, o: T | null): asserts o is T {
  if (!o || !mayRead(p, o)) throw ApiError.notFound('Opportunity');
  if (!mayWrite(p, o)) throw ApiError.forbidden('Only the organisation that offers this opportunity may change it');
}
