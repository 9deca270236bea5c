import type { DemandIndicator, DemandVacancy } from '@app/matching';
import type { DataSource, EntityManager } from 'typeorm';
import { epochDay, type TaxonomyIdLookup } from '../matching/engine-mapping';

type Queryable = Pick<DataSource | EntityManager, 'query'>;

export interface IndicatorRow {
  occupation_uri: string | null;
  isco_code: string | null;
  region_code: string | null;
  value: number;
  source: string;
  date: string;
}

/** Every imported indicator as the engine's input (an occupation URI the taxonomy does not know keeps its ISCO code only). */
export async function loadDemandIndicators(db: Queryable, ids: Pick<TaxonomyIdLookup, 'occupation'>): Promise<DemandIndicator[]> {
  const rows: IndicatorRow[] = await db.query(`SELECT occupation_uri, isco_code, region_code, value, source, date::text AS date FROM demand_indicators`);
  return rows.map((r) => toEngineIndicator(r, ids));
}

export function toEngineIndicator(r: IndicatorRow, ids: Pick<TaxonomyIdLookup, 'occupation'>): DemandIndicator {
  const occ = r.occupation_uri ? ids.occupation(r.occupation_uri) : -1;
  return { occupationId: occ >= 0 ? occ : null, iscoGroup: r.isco_code, regionCode: r.region_code, value: r.value, source: r.source, date: epochDay(r.date) };
}

/**
 * Open job vacancies as the engine's demand input, read from PostgreSQL (the HTTP side has no index).
 * Same rule as the scorer's index: openings = capacity - booked, posted = posted_at (the posting's
 * datePosted, else its creation day), the region only when the vacancy is located (else country-wide).
 */
export async function loadOpenVacancies(db: Queryable, ids: Pick<TaxonomyIdLookup, 'occupation'>): Promise<DemandVacancy[]> {
  const rows: Array<{ occupation_uri: string | null; isco_code: string | null; region_code: string | null; located: boolean; openings: number; posted_at: string }> = await db.query(
    `SELECT occupation_uri, isco_code, region_code, (lat IS NOT NULL AND lon IS NOT NULL) AS located, GREATEST(capacity - booked, 0) AS openings, posted_at::text AS posted_at
       FROM opportunities WHERE kind = 'job' AND status = 'open'`,
  );
  return rows.map((r) => {
    const occ = r.occupation_uri ? ids.occupation(r.occupation_uri) : -1;
    return {
      occupationId: occ >= 0 ? occ : null,
      iscoGroup: r.isco_code,
      regionCode: r.located ? (r.region_code ?? '') : '*',
      openings: r.openings,
      postedAt: epochDay(r.posted_at),
    };
  });
}
