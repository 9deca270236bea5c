import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DemandImportResult, DemandIndicatorInput, Principal } from '@app/contracts';
import { writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import { DataSource } from 'typeorm';

/** Organisations whose case managers may import indicators besides admins (decided: the public employment service publishes them). */
export const INDICATOR_IMPORTER_KINDS = ['public_employment_service'] as const;

/**
 * POST /demand/indicators: one transaction upserts every row (keyed like the unique index: occupation,
 * ISCO, region, source, date; a re-import replaces the value) and writes `demand.indicators_changed`, so
 * the scorer recomputes the demand index exactly when something was stored. All or nothing.
 */
@Injectable()
export class DemandIndicatorService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Admins; case managers of a public employment service. Others: 403. */
  async assertMayImport(p: Principal): Promise<void> {
    if (p.role === 'admin') return;
    if (p.role === 'case_manager') {
      const rows: Array<{ kind: string }> = await this.ds.query(`SELECT kind FROM organisations WHERE id = $1`, [p.organisationId]);
      if ((INDICATOR_IMPORTER_KINDS as readonly string[]).includes(rows[0]?.kind ?? '')) return;
    }
    throw ApiError.forbidden('Only admins and public employment services import demand indicators');
  }

  async import(rows: readonly DemandIndicatorInput[]): Promise<DemandImportResult> {
    return this.ds.transaction(async (m) => {
      const result: Array<{ inserted: boolean }> = await m.query(
        `INSERT INTO demand_indicators AS d (occupation_uri, isco_code, region_code, value, source, date)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::text[], $6::date[])
         ON CONFLICT (coalesce(occupation_uri, ''), coalesce(isco_code, ''), coalesce(region_code, ''), source, date)
         DO UPDATE SET value = EXCLUDED.value
         RETURNING (xmax = 0) AS inserted`,
        [
          rows.map((r) => r.occupation ?? null),
          rows.map((r) => r.isco ?? null),
          rows.map((r) => r.region ?? null),
          rows.map((r) => r.value),
          rows.map((r) => r.source),
          rows.map((r) => r.date),
        ],
      );
      await writeOutbox(m, { type: 'demand.indicators_changed', rows: rows.length });
      const inserted = result.filter((r) => r.inserted).length;
      return { received: rows.length, inserted, updated: result.length - inserted };
    });
  }
}

/** The unique key of an indicator (the same expression as the database's unique index). */
export function indicatorKey(r: Pick<DemandIndicatorInput, 'occupation' | 'isco' | 'region' | 'source' | 'date'>): string {
  return [r.occupation ?? '', r.isco ?? '', r.region ?? '', r.source, r.date].join('|');
}
