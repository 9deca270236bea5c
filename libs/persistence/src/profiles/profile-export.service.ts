import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal, ProfileExport } from '@app/contracts';
import { DataSource } from 'typeorm';
import { appendAudit, listAudit } from './audit-log.service';
import { findAccessibleProfile } from './profile-access';
import { heldSectionNames, toProfile } from './profile-sections';
import { readRestrictedAudited } from './restricted-record.service';

/**
 * GDPR access / portability: the profile, the restricted record (every caller who gets here is
 * authorised for it) and the log of who accessed the person's data. The export itself is audited.
 */
@Injectable()
export class ProfileExportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  export(actor: Principal, profileId: string): Promise<ProfileExport> {
    return this.ds.transaction(async (m) => {
      const profile = await findAccessibleProfile(m, actor, profileId);
      await appendAudit(m, { actor, action: 'profile.export', subjectType: 'profile', subjectId: profileId, fields: heldSectionNames(profile) });
      const restricted = await readRestrictedAudited(m, actor, profileId, 'restricted.export');
      const log = await listAudit(m, 'profile', profileId);
      return {
        exportedAt: new Date().toISOString(),
        profile: toProfile(profile),
        restricted,
        accessLog: log.map((e) => ({ at: e.at.toISOString(), action: e.action, organisationId: e.actorOrganisationId, role: e.actorRole, fields: e.fields })),
      };
    });
  }
}
