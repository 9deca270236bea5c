import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DemandQuery, DemandView } from '@app/contracts';
import { buildDemandIndex, demandLevel } from '@app/matching';
import { DataSource } from 'typeorm';
import { epochDayToIso, todayEpochDay, type TaxonomyIdLookup } from '../matching/engine-mapping';
import { loadDemandIndicators, loadOpenVacancies, type IndicatorRow } from './demand-inputs';

/**
 * GET /demand: the demand value the scorer's component uses for an occupation (or ISCO code) in a region,
 * computed with the engine from the same inputs (open vacancies + imported indicators, today), with the
 * vacancy signal and the matching indicators beside it so a case manager can see why.
 */
@Injectable()
export class DemandViewService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async view(q: DemandQuery, ids: Pick<TaxonomyIdLookup, 'occupation'>, now = Date.now()): Promise<DemandView> {
    const today = todayEpochDay(now);
    const [vacancies, indicators] = await Promise.all([loadOpenVacancies(this.ds, ids), loadDemandIndicators(this.ds, ids)]);
    const occ = q.occupation ? ids.occupation(q.occupation) : -1;
    const occupationId = occ >= 0 ? occ : null;
    const region = q.region ?? null;
    const parts = buildDemandIndex(vacancies, indicators, today).parts(occupationId, q.isco ?? null, region);
    const rows: IndicatorRow[] = await this.ds.query(
      `SELECT occupation_uri, isco_code, region_code, value, source, date::text AS date FROM demand_indicators
        WHERE (occupation_uri = $1 OR isco_code = $2) AND (region_code IS NULL OR region_code = $3)
        ORDER BY date DESC, source LIMIT 50`,
      [q.occupation ?? null, q.isco ?? null, region],
    );
    return {
      occupation: q.occupation ?? null,
      isco: q.isco ?? null,
      region,
      value: round(parts.value),
      level: demandLevel(parts.value),
      vacancySignal: round(parts.vacancySignal),
      weightedOpenings: round(parts.weightedOpenings),
      indicator: parts.indicator ? { value: parts.indicator.value, source: parts.indicator.source, date: epochDayToIso(parts.indicator.date) } : null,
      indicators: rows.map((r) => ({ occupation: r.occupation_uri, isco: r.isco_code, region: r.region_code, value: r.value, source: r.source, date: r.date })),
      computedAt: new Date(now).toISOString(),
    };
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
