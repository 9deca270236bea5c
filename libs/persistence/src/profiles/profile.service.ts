import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CONSENT_SCOPES, RESTRICTED_FIELDS, type CreateProfile, type PatchProfile, type Principal, type Profile, type WithdrawConsent } from '@app/contracts';
import { writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from './audit-log.service';
import { findAccessibleProfile } from './profile-access';
import { patchInOneStatement, patchNeedsLock } from './profile-patch';
import { heldSectionNames, mergeProfile, removedScopes, toProfile, type MergedProfile } from './profile-sections';
import { ProfileEntity } from './profile.entity';
import { RestrictedRecordEntity } from './restricted-record.entity';

export interface CreatedProfile {
  profile: Profile;
  /** false when an earlier request with the same Idempotency-Key already created it. */
  created: boolean;
}

/**
 * Every write to a profile: one transaction with the row locked, the change, the version bump and the
 * outbox event(s), so events exist exactly for committed changes and concurrent writers queue up.
 */
@Injectable()
export class ProfileService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Creates in the caller's organisation. With an Idempotency-Key a retry returns the first result. */
  create(actor: Principal, input: CreateProfile, idempotencyKey?: string): Promise<CreatedProfile> {
    return this.ds.transaction(async (m) => {
      const now = new Date();
      const merged = mergeProfile({ personal: null, sections: {} }, input, now);
      const requestHash = idempotencyKey ? createHash('sha256').update(JSON.stringify(input)).digest('hex') : null;
      // ON CONFLICT: a concurrent twin request waits for the first to commit, then finds its row below.
      const rows: { id: string }[] = await m.query(
        `INSERT INTO profiles (organisation_id, personal, sections, idempotency_key, request_hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [actor.organisationId, merged.personal, merged.sections, idempotencyKey ?? null, requestHash],
      );
      if (rows.length === 0) {
        const first = await m.findOne(ProfileEntity, { where: { organisationId: actor.organisationId, idempotencyKey: idempotencyKey ?? '' } });
        if (!first || first.requestHash !== requestHash) throw ApiError.conflict('idempotency_key_reused', 'This Idempotency-Key was used for a different request');
        return { profile: toProfile(first), created: false };
      }
      const saved = await m.findOneByOrFail(ProfileEntity, { id: rows[0].id });
      await writeOutbox(m, { type: 'profile.changed', profileId: saved.id, version: saved.version });
      return { profile: toProfile(saved), created: true };
    });
  }

  /**
   * JSON merge on top-level sections; `expectedVersion` (If-Match) gives 409 when someone changed it since.
   * Without consent in it, one statement does it all (profile-patch.ts); a consent change needs the
   * consent held before, read under the row lock.
   */
  async patch(actor: Principal, id: string, patch: PatchProfile, expectedVersion?: number): Promise<Profile> {
    if (!patchNeedsLock(patch)) return toProfile(await patchInOneStatement(this.ds, actor, id, patch, expectedVersion));
    return this.ds.transaction(async (m) => {
      const current = await findAccessibleProfile(m, actor, id, true);
      assertVersion(current, expectedVersion);
      return toProfile(await this.commit(m, current, mergeProfile(current, patch, new Date())));
    });
  }

  /** Withdraws some or all consent scopes; announced as profile.changed and profile.consent_withdrawn. */
  withdrawConsent(actor: Principal, id: string, body: WithdrawConsent, expectedVersion?: number): Promise<Profile> {
    return this.ds.transaction(async (m) => {
      const current = await findAccessibleProfile(m, actor, id, true);
      assertVersion(current, expectedVersion);
      const toWithdraw = body.scopes ?? [...CONSENT_SCOPES];
      const held = current.sections.consent?.scopes ?? [];
      if (!toWithdraw.some((s) => held.includes(s))) return toProfile(current); // nothing to withdraw: no change, no event
      const remaining = held.filter((s) => !toWithdraw.includes(s));
      const consent = { scopes: remaining, givenAt: current.sections.consent?.givenAt ?? null, withdrawnAt: new Date().toISOString() };
      const merged = { personal: current.personal, sections: { ...current.sections, consent }, withdrawnScopes: removedScopes(held, remaining) };
      return toProfile(await this.commit(m, current, merged));
    });
  }

  /**
   * GDPR erasure: contact data, every section and the restricted record go; the row keeps its id,
   * organisation and dates with status 'erased' so placements' anonymous outcome statistics survive.
   * The database refuses an erased row that still holds data (CHECK profiles_erased_is_scrubbed).
   */
  erase(actor: Principal, id: string): Promise<void> {
    return this.ds.transaction(async (m) => {
      const current = await findAccessibleProfile(m, actor, id, true);
      const restricted = await m.delete(RestrictedRecordEntity, { profileId: id });
      await m.update(
        ProfileEntity,
        { id },
        { status: 'erased', personal: null, sections: {}, idempotencyKey: null, requestHash: null, version: current.version + 1, updatedAt: () => 'now()', erasedAt: () => 'now()' },
      );
      const fields = [...heldSectionNames(current), ...((restricted.affected ?? 0) > 0 ? RESTRICTED_FIELDS.map((f) => `restricted.${f}`) : [])];
      await appendAudit(m, { actor, action: 'profile.erase', subjectType: 'profile', subjectId: id, fields });
      await writeOutbox(m, { type: 'profile.erased', profileId: id });
    });
  }

  private async commit(m: EntityManager, current: ProfileEntity, merged: MergedProfile): Promise<ProfileEntity> {
    const version = current.version + 1;
    await m.update(ProfileEntity, { id: current.id }, { personal: merged.personal, sections: merged.sections, version, updatedAt: () => 'now()' });
    await writeOutbox(m, { type: 'profile.changed', profileId: current.id, version });
    if (merged.withdrawnScopes.length > 0) {
      await writeOutbox(m, { type: 'profile.consent_withdrawn', profileId: current.id, version, scopes: merged.withdrawnScopes });
    }
    return m.findOneByOrFail(ProfileEntity, { id: current.id });
  }
}

/** Bumps the version of a profile whose restricted record changed and announces it (row already locked). */
export async function touchProfile(m: EntityManager, profile: ProfileEntity): Promise<number> {
  const version = profile.version + 1;
  await m.update(ProfileEntity, { id: profile.id }, { version, updatedAt: () => 'now()' });
  await writeOutbox(m, { type: 'profile.changed', profileId: profile.id, version });
  return version;
}

function assertVersion(current: ProfileEntity, expected: number | undefined): void {
  if (expected !== undefined && expected !== current.version) {
    throw ApiError.conflict('version_mismatch', `The profile is at version ${current.version}, not ${expected}`);
  }
}
