import type { Principal } from '@app/contracts';
import { ApiError } from '@app/platform';
import type { EntityManager, FindOptionsWhere } from 'typeorm';
import type { ProfileRow } from './profile-sections';
import { ProfileEntity } from './profile.entity';

/**
 * Who may touch which profile: admins every profile, case managers their own organisation's. Anything
 * else is not found (404), so another organisation cannot learn that a profile exists. Other roles never
 * get here (the endpoints admit case managers and admins only); refuse them anyway.
 * Returns the organisation the actor is confined to, or null for every organisation (admin).
 */
export function accessOrganisation(actor: Principal): string | null {
  if (actor.role === 'admin') return null;
  if (actor.role === 'case_manager') return actor.organisationId;
  throw ApiError.forbidden('Profiles are open to case managers and admins only');
}

/** The same rule as TypeORM find options (active profiles only). */
export function profileScope(actor: Principal): FindOptionsWhere<ProfileEntity> {
  const organisationId = accessOrganisation(actor);
  return organisationId === null ? { status: 'active' } : { status: 'active', organisationId };
}

/** The active profile the actor may see; `forUpdate` locks the row until the transaction ends. */
export async function findAccessibleProfile(manager: EntityManager, actor: Principal, id: string, forUpdate = false): Promise<ProfileEntity> {
  const where = { ...profileScope(actor), id };
  const found = forUpdate ? await manager.findOne(ProfileEntity, { where, lock: { mode: 'pessimistic_write' } }) : await manager.findOne(ProfileEntity, { where });
  if (!found) throw ApiError.notFound('Profile');
  return found;
}

/** Columns of a profile response, as plain SQL selects them (`PROFILE_ROW_COLUMNS`) and returns them. */
export interface RawProfileRow {
  id: string;
  organisation_id: string;
  version: number;
  personal: ProfileRow['personal'];
  sections: ProfileRow['sections'];
  created_at: Date;
  updated_at: Date;
}

export const PROFILE_ROW_COLUMNS = 'id, organisation_id, version, personal, sections, created_at, updated_at';

/** The `WHERE` of an accessible profile: `$1` the id, `$2` the actor's organisation or null (admin). */
export const ACCESSIBLE_PROFILE = `id = $1 AND status = 'active' AND ($2::uuid IS NULL OR organisation_id = $2::uuid)`;

export function fromRawProfileRow(r: RawProfileRow): ProfileRow {
  return { id: r.id, organisationId: r.organisation_id, version: r.version, personal: r.personal, sections: r.sections, createdAt: r.created_at, updatedAt: r.updated_at };
}

/** Anything that runs SQL: a DataSource or an EntityManager. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * The accessible profile read with one plain statement: the request path's read (GET, the access
 * check before recommendations) without TypeORM's query building and hydration, which cost more CPU
 * than the query itself.
 */
export async function readAccessibleProfile(db: Queryable, actor: Principal, id: string): Promise<ProfileRow> {
  const rows = (await db.query(`SELECT ${PROFILE_ROW_COLUMNS} FROM profiles WHERE ${ACCESSIBLE_PROFILE}`, [id, accessOrganisation(actor)])) as RawProfileRow[];
  if (rows.length === 0) throw ApiError.notFound('Profile');
  return fromRawProfileRow(rows[0]);
}
