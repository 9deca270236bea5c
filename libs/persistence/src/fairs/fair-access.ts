import type { Principal } from '@app/contracts';
import { ApiError } from '@app/platform';
import type { EntityManager } from 'typeorm';

export interface FairRow {
  id: string;
  organisation_id: string;
  name: string;
  fair_date: string;
  start_time: string;
  slot_minutes: number;
  region_code: string;
  version: number;
  created_at: Date;
}

/**
 * Who runs a fair: the organiser keys of the organisation that created it, and admins. Anyone else
 * gets 404 (another organisation cannot learn that a fair exists).
 */
export function mayManageFair(p: Principal, fair: { organisation_id: string }): boolean {
  return p.role === 'admin' || (p.role === 'organiser' && fair.organisation_id === p.organisationId);
}

/** The fair the caller manages, or 404; `forUpdate` serialises writers of the same fair (version bumps). */
export async function loadManagedFair(m: EntityManager, p: Principal, fairId: string, forUpdate = false): Promise<FairRow> {
  const rows: FairRow[] = await m.query(
    `SELECT id, organisation_id, name, fair_date::text AS fair_date, to_char(start_time, 'HH24:MI') AS start_time, slot_minutes, region_code, version, created_at
       FROM fairs WHERE id = $1 ${forUpdate ? 'FOR UPDATE' : ''}`,
    [fairId],
  );
  const fair = rows[0];
  if (!fair || !mayManageFair(p, fair)) throw ApiError.notFound('Fair');
  return fair;
}
