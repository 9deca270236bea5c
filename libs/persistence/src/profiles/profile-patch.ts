import type { PatchProfile, Principal } from '@app/contracts';
import { outboxInsertFrom, queueForEvent } from '@app/messaging';
import { ApiError, currentRequestId } from '@app/platform';
import type { DataSource } from 'typeorm';
import { ACCESSIBLE_PROFILE, accessOrganisation, fromRawProfileRow, PROFILE_ROW_COLUMNS, readAccessibleProfile, type RawProfileRow } from './profile-access';
import { sectionChanges, type ProfileRow } from './profile-sections';

/**
 * A patch that leaves consent alone, in one statement: the JSON merge (`sections || set - remove`), the
 * version bump and the profile.changed outbox row commit together or not at all, in one round trip
 * instead of seven (BEGIN, lock, update, xid, outbox insert, re-read, COMMIT). The guarantees stay:
 * - the UPDATE locks the row, so concurrent writers queue up and each merges onto the row the previous
 *   one committed (READ COMMITTED re-evaluates the row), as with SELECT ... FOR UPDATE: no section lost;
 * - If-Match is part of the WHERE, re-checked on that same row, so a stale version never writes;
 * - the outbox row is inserted from the updated row, so it exists exactly for a committed change, and
 *   its id is drawn after the row update gave the transaction its xid (what the outbox tail relies on,
 *   see libs/messaging/src/outbox/outbox-writer.ts).
 * Consent changes keep the locked transaction (ProfileService): their stored form and their
 * consent_withdrawn event depend on the consent held before.
 */
const PATCH_SQL = `
WITH changed AS (
  UPDATE profiles
     SET sections = (sections || $3::jsonb) - $4::text[],
         personal = CASE WHEN $5::boolean THEN $6::jsonb ELSE personal END,
         version = version + 1,
         updated_at = now()
   WHERE ${ACCESSIBLE_PROFILE} AND ($7::int IS NULL OR version = $7::int)
  RETURNING ${PROFILE_ROW_COLUMNS}
), announced AS (
  ${outboxInsertFrom('profile.changed', '$8', `jsonb_build_object('type', 'profile.changed', 'profileId', id, 'version', version)`, 'changed', '$9')}
)
SELECT * FROM changed`;

export function patchNeedsLock(patch: PatchProfile): boolean {
  return patch.consent !== undefined;
}

export async function patchInOneStatement(ds: DataSource, actor: Principal, id: string, patch: PatchProfile, expectedVersion?: number): Promise<ProfileRow> {
  const organisationId = accessOrganisation(actor);
  const changes = sectionChanges(patch, {}, new Date());
  const params = [
    id,
    organisationId,
    JSON.stringify(changes.set),
    changes.remove,
    changes.personal !== undefined,
    changes.personal ? JSON.stringify(changes.personal) : null,
    expectedVersion ?? null,
    queueForEvent('profile.changed'),
    currentRequestId() ?? null,
  ];
  for (;;) {
    const rows = (await ds.query(PATCH_SQL, params)) as RawProfileRow[];
    if (rows.length > 0) return fromRawProfileRow(rows[0]);
    // Nothing written: not there for this actor (404), or If-Match names another version (409).
    const current = await readAccessibleProfile(ds, actor, id);
    if (expectedVersion !== undefined && current.version !== expectedVersion) {
      throw ApiError.conflict('version_mismatch', `The profile is at version ${current.version}, not ${expectedVersion}`);
    }
    // It reached the expected version between the two statements (If-Match named a version not yet
    // written when the update ran): the update now applies.
  }
}
