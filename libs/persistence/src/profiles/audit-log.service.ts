import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Principal } from '@app/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

/** What happened, to what, touching which fields. Values never go in here (the table also refuses them). */
export interface AuditEntry {
  /** Who; null for the system itself (a worker acting on its own). */
  actor: Principal | null;
  /** Dotted verb, e.g. `restricted.read`, `profile.export`, `placement.decided`. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** Field names touched (read, written, erased); never their values. */
  fields?: readonly string[];
}

/**
 * Appends to the audit log with the caller's transaction, so the entry exists if and only if the
 * audited read or write committed. The log is append-only: a database trigger refuses UPDATE,
 * DELETE and TRUNCATE, and nothing here offers them.
 */
export async function appendAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('appendAudit must run inside the transaction of the audited access');
  }
  await manager.query(
    `INSERT INTO audit_log (actor_api_key_id, actor_organisation_id, actor_role, action, subject_type, subject_id, fields) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [entry.actor?.apiKeyId ?? null, entry.actor?.organisationId ?? null, entry.actor?.role ?? null, entry.action, entry.subjectType, entry.subjectId, [...(entry.fields ?? [])]],
  );
}

/** Injectable face of the audit log, for other areas (placement decisions) to reuse. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  append(manager: EntityManager, entry: AuditEntry): Promise<void> {
    return appendAudit(manager, entry);
  }

  /** Entries about one subject, oldest first. */
  forSubject(subjectType: string, subjectId: string, manager: EntityManager = this.ds.manager): Promise<AuditLogEntity[]> {
    return listAudit(manager, subjectType, subjectId);
  }
}

export function listAudit(manager: EntityManager, subjectType: string, subjectId: string): Promise<AuditLogEntity[]> {
  return manager.find(AuditLogEntity, { where: { subjectType, subjectId }, order: { id: 'ASC' } });
}
