// The profile area's entities only (no services), so the entity list can import them without cycles.
export { AuditLogEntity } from './audit-log.entity';
export { ProfileEntity } from './profile.entity';
export { RestrictedRecordEntity } from './restricted-record.entity';
