import type { Principal } from '@app/contracts';
import { ApiError } from '@app/platform';
import type { EntityManager, FindOptionsWhere } from 'typeorm';
import { ProfileEntity } from './profile.entity';

/**
 * Who may touch which profile: admins every profile, case managers their own organisation's. Anything
 * else is not found (404), so another organisation cannot learn that a profile exists. Other roles never
 * get here (the endpoints admit case managers and admins only); refuse them anyway.
 */
export function profileScope(actor: Principal): FindOptionsWhere<ProfileEntity> {
  if (actor.role === 'admin') return { status: 'active' };
  if (actor.role === 'case_manager') return { status: 'active', organisationId: actor.organisationId };
  throw ApiError.forbidden('Profiles are open to case managers and admins only');
}

/** The active profile the actor may see; `forUpdate` locks the row until the transaction ends. */
export async function findAccessibleProfile(manager: EntityManager, actor: Principal, id: string, forUpdate = false): Promise<ProfileEntity> {
  const where = { ...profileScope(actor), id };
  const found = forUpdate ? await manager.findOne(ProfileEntity, { where, lock: { mode: 'pessimistic_write' } }) : await manager.findOne(ProfileEntity, { where });
  if (!found) throw ApiError.notFound('Profile');
  return found;
}
