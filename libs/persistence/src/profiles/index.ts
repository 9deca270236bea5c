export * from './entities';
export * from './profile.entity';
export * from './audit-log.service';
export * from './profile.service';
export * from './profile.repository';
export * from './restricted-record.service';
export * from './profile-export.service';
export { accessOrganisation } from './profile-access';

import { AuditLogService } from './audit-log.service';
import { ProfileExportService } from './profile-export.service';
import { ProfileRepository } from './profile.repository';
import { ProfileService } from './profile.service';
import { RestrictedRecordService } from './restricted-record.service';

/** Nest providers of the profile area (PersistenceModule provides and exports them). */
export const PROFILE_PROVIDERS = [ProfileService, ProfileRepository, RestrictedRecordService, ProfileExportService, AuditLogService];
