import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@app/contracts';
import { DataSource } from 'typeorm';

export interface FairnessLabels {
  gender: Array<string | null>;
  nationality: Array<string | null>;
}

/**
 * Gender and nationality of a fair's attendees, for the fairness-of-exposure audit ONLY: the scorer's
 * reporting step calls this after the allocation is fixed, and nothing here is passed to scoring or
 * allocation. Every read is written to the append-only audit log in the same transaction, one entry
 * per person whose record was read (action `restricted.fairness_audit`, the field names that held a
 * value, never the values), with the organiser who asked for the shortlist as the actor. One bulk
 * INSERT instead of appendAudit per person: a fair has thousands of attendees.
 */
@Injectable()
export class FairnessLabelReader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  read(actor: Principal, profileIds: readonly string[]): Promise<FairnessLabels> {
    return this.ds.transaction(async (m) => {
      const rows: Array<{ profile_id: string; gender: string | null; nationality: string | null }> = await m.query(
        `SELECT profile_id, gender, nationality FROM profile_restricted WHERE profile_id = ANY($1::uuid[])`,
        [[...profileIds]],
      );
      const audited = rows.filter((r) => r.gender !== null || r.nationality !== null);
      if (audited.length > 0) {
        await m.query(
          `INSERT INTO audit_log (actor_api_key_id, actor_organisation_id, actor_role, action, subject_type, subject_id, fields)
           SELECT $1, $2, $3, 'restricted.fairness_audit', 'profile', t.id, string_to_array(t.fields, ',')
             FROM unnest($4::uuid[], $5::text[]) AS t(id, fields)`,
          [
            actor.apiKeyId,
            actor.organisationId,
            actor.role,
            audited.map((r) => r.profile_id),
            audited.map((r) => [r.gender !== null ? 'gender' : null, r.nationality !== null ? 'nationality' : null].filter(Boolean).join(',')),
          ],
        );
      }
      const byId = new Map(rows.map((r) => [r.profile_id, r]));
      return {
        gender: profileIds.map((id) => byId.get(id)?.gender ?? null),
        nationality: profileIds.map((id) => byId.get(id)?.nationality ?? null),
      };
    });
  }
}
