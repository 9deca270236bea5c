import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlacementStatus, WeekHours } from '@app/contracts';
import { DataSource } from 'typeorm';
import { commitmentOf } from './placement-overlap';
import { BUSY_ELSEWHERE_STATUSES, EXCLUDED_HERE_STATUSES, type PersonPlacement } from './replacement-exclusion';

interface Row {
  profile_id: string;
  opportunity_id: string;
  status: PlacementStatus;
  start_date: string | null;
  duration_weeks: number | null;
  schedule: WeekHours | null;
}

/**
 * The placements that can exclude people from a replacement list (replacementExclusion): at this
 * opportunity, those holding a seat or dropped out; elsewhere, those placed or started, with when their
 * opportunity holds the person. One query for every candidate (placements_profile_idx), not one per person.
 */
@Injectable()
export class ReplacementPlacements {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async of(opportunityId: string, profileIds: readonly string[], today: number): Promise<Map<string, PersonPlacement[]>> {
    const out = new Map<string, PersonPlacement[]>();
    if (profileIds.length === 0) return out;
    const rows: Row[] = await this.ds.query(
      `SELECT pl.profile_id, pl.opportunity_id, pl.status, to_char(o.start_date, 'YYYY-MM-DD') AS start_date, o.duration_weeks, o.schedule
         FROM placements pl JOIN opportunities o ON o.id = pl.opportunity_id
        WHERE pl.profile_id = ANY($1::uuid[])
          AND CASE WHEN pl.opportunity_id = $2 THEN pl.status = ANY($3::text[]) ELSE pl.status = ANY($4::text[]) END`,
      [[...new Set(profileIds)], opportunityId, [...EXCLUDED_HERE_STATUSES], [...BUSY_ELSEWHERE_STATUSES]],
    );
    for (const r of rows) {
      const list = out.get(r.profile_id) ?? [];
      list.push({ opportunityId: r.opportunity_id, status: r.status, commitment: commitmentOf({ startDate: r.start_date, durationWeeks: r.duration_weeks, schedule: r.schedule }, today) });
      out.set(r.profile_id, list);
    }
    return out;
  }
}
