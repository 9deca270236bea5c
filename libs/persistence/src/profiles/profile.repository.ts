import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deriveFacts, type Principal, type Profile, type ProfileListQuery, type ProfileMatchingView, type ProfilePage } from '@app/contracts';
import { DataSource } from 'typeorm';
import { profileScope, readAccessibleProfile } from './profile-access';
import { decodeCursor, encodeCursor } from './profile-cursor';
import { sectionsView, toProfile } from './profile-sections';
import { ProfileEntity } from './profile.entity';

const CURSOR_AT = `to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Profile reads (no restricted values here, except the derived facts of the matching view). */
@Injectable()
export class ProfileRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async get(actor: Principal, id: string): Promise<Profile> {
    return toProfile(await readAccessibleProfile(this.ds, actor, id));
  }

  /** Stable order (created_at, id); every active profile appears exactly once across the pages. */
  async list(actor: Principal, q: ProfileListQuery): Promise<ProfilePage> {
    const scope = profileScope(actor);
    const qb = this.ds.getRepository(ProfileEntity).createQueryBuilder('p').addSelect(CURSOR_AT, 'cursor_at').where(`p.status = 'active'`);
    if (scope.organisationId) qb.andWhere('p.organisation_id = :org', { org: scope.organisationId });
    if (q.cursor) {
      const c = decodeCursor(q.cursor);
      qb.andWhere('(p.created_at, p.id) > (CAST(:cAt AS timestamptz), CAST(:cId AS uuid))', { cAt: c.createdAt, cId: c.id });
    }
    if (q.region) qb.andWhere(`p.sections->'location'->>'regionCode' = :region`, { region: q.region });
    if (q.skill) qb.andWhere(`p.sections->'skills' @> CAST(:skill AS jsonb)`, { skill: JSON.stringify([{ concept: q.skill }]) });
    if (q.pathway) qb.andWhere(`p.sections->'aspirations'->>'preferredPathway' = :pathway`, { pathway: q.pathway });
    if (q.consent) qb.andWhere(`p.sections->'consent'->'scopes' ? :consent`, { consent: q.consent });
    qb.orderBy('p.created_at', 'ASC').addOrderBy('p.id', 'ASC').limit(q.limit + 1);
    const { entities, raw } = await qb.getRawAndEntities<{ cursor_at: string }>();
    const page = entities.slice(0, q.limit);
    const more = entities.length > q.limit;
    const last = page.length - 1;
    return { items: page.map(toProfile), nextCursor: more ? encodeCursor({ createdAt: raw[last].cursor_at, id: page[last].id }) : null };
  }

  /**
   * For the scorer: active profiles without contact data, with derived eligibility facts computed
   * here so no restricted value (gender, nationality, date of birth, notes) ever leaves this method.
   * Not audited per call: it discloses eligibility facts only. `referenceDate` is YYYY-MM-DD (UTC today).
   */
  async loadMatchingView(ids: readonly string[], referenceDate = new Date().toISOString().slice(0, 10)): Promise<ProfileMatchingView[]> {
    if (ids.length === 0) return [];
    const rows: MatchingRow[] = await this.ds.query(
      `SELECT p.id, p.organisation_id, p.version, p.sections,
              r.authorisation_kind, r.allows_work, r.allows_training, r.expires_on::text AS expires_on, r.date_of_birth::text AS date_of_birth
         FROM profiles p LEFT JOIN profile_restricted r ON r.profile_id = p.id
        WHERE p.id = ANY($1::uuid[]) AND p.status = 'active'
        ORDER BY p.id`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id,
      organisationId: r.organisation_id,
      version: r.version,
      sections: sectionsView(r.sections),
      facts: deriveFacts(
        r.authorisation_kind === null
          ? null
          : { authorisationKind: r.authorisation_kind, allowsWork: r.allows_work, allowsTraining: r.allows_training, expiresOn: r.expires_on, dateOfBirth: r.date_of_birth },
        referenceDate,
      ),
    }));
  }
}

interface MatchingRow {
  id: string;
  organisation_id: string;
  version: number;
  sections: ProfileEntity['sections'];
  authorisation_kind: ProfileMatchingView['facts']['authorisationKind'] | 'citizen' | null;
  allows_work: boolean | null;
  allows_training: boolean | null;
  expires_on: string | null;
  date_of_birth: string | null;
}
