import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RESTRICTED_FIELDS, type Principal, type RestrictedRecord, type RestrictedRecordInput } from '@app/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { appendAudit } from './audit-log.service';
import { findAccessibleProfile } from './profile-access';
import { touchProfile } from './profile.service';
import { RestrictedRecordEntity } from './restricted-record.entity';

type Field = (typeof RESTRICTED_FIELDS)[number];

export function toRestrictedRecord(e: RestrictedRecordEntity): RestrictedRecord {
  return {
    profileId: e.profileId,
    authorisationKind: e.authorisationKind,
    allowsWork: e.allowsWork,
    allowsTraining: e.allowsTraining,
    expiresOn: e.expiresOn,
    nationality: e.nationality,
    gender: e.gender,
    dateOfBirth: e.dateOfBirth,
    notes: e.notes,
    updatedAt: e.updatedAt.toISOString(),
  };
}

/** Fields that hold a value: what a read discloses (named in the audit log, values never). */
function filledFields(e: RestrictedRecordEntity | null): Field[] {
  return e ? RESTRICTED_FIELDS.filter((f) => e[f] !== null) : [];
}

/** Reads the record and audits the read in the same transaction (no read without its audit entry). */
export async function readRestrictedAudited(m: EntityManager, actor: Principal, profileId: string, action = 'restricted.read'): Promise<RestrictedRecord | null> {
  const row = await m.findOne(RestrictedRecordEntity, { where: { profileId } });
  await appendAudit(m, { actor, action, subjectType: 'profile', subjectId: profileId, fields: filledFields(row) });
  return row ? toRestrictedRecord(row) : null;
}

/**
 * The restricted record: only through here, only for the owning organisation's case managers and
 * admins (404 for anyone else who gets this far), every read and write audited with field names.
 */
@Injectable()
export class RestrictedRecordService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** null when the profile has no record yet (the read is audited all the same). */
  get(actor: Principal, profileId: string): Promise<RestrictedRecord | null> {
    return this.ds.transaction(async (m) => {
      await findAccessibleProfile(m, actor, profileId);
      return readRestrictedAudited(m, actor, profileId);
    });
  }

  /**
   * Replaces the whole record. The profile's version goes up and profile.changed is announced when
   * anything changed (derived eligibility facts may differ); the audit entry names the changed fields.
   */
  put(actor: Principal, profileId: string, input: RestrictedRecordInput): Promise<RestrictedRecord> {
    return this.ds.transaction(async (m) => {
      const profile = await findAccessibleProfile(m, actor, profileId, true);
      const before = await m.findOne(RestrictedRecordEntity, { where: { profileId } });
      const next = {
        authorisationKind: input.authorisationKind,
        allowsWork: input.allowsWork ?? null,
        allowsTraining: input.allowsTraining ?? null,
        expiresOn: input.expiresOn ?? null,
        nationality: input.nationality ?? null,
        gender: input.gender ?? null,
        dateOfBirth: input.dateOfBirth ?? null,
        notes: input.notes || null,
      } satisfies Record<Field, unknown>;
      const changed = RESTRICTED_FIELDS.filter((f) => (before ? before[f] : null) !== next[f]);
      if (changed.length > 0) {
        await m.upsert(RestrictedRecordEntity, { profileId, ...next, updatedAt: () => 'now()' }, ['profileId']);
        await touchProfile(m, profile);
      }
      await appendAudit(m, { actor, action: 'restricted.write', subjectType: 'profile', subjectId: profileId, fields: changed });
      return toRestrictedRecord(await m.findOneByOrFail(RestrictedRecordEntity, { profileId }));
    });
  }
}
