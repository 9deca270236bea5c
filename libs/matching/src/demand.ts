/**
 * Market-demand index: a 0..1 value per occupation (or ISCO group) and region, from open vacancies
 * (openings, time-decayed by days since posted, weighted up by days unfilled) and imported
 * labour-market indicators (e.g. a shortage-occupation list). A pure function from arrays to a lookup.
 */

export interface DemandVacancy {
  occupationId: number | null;
  iscoGroup: string | null;
  regionCode: string;
  openings: number;
  /** Epoch day posted. */
  postedAt: number;
  /** Epoch day filled/closed; null while open (only open vacancies earn the "unfilled" weight). */
  closedAt?: number | null;
}

export interface DemandIndicator {
  occupationId?: number | null;
  iscoGroup?: string | null;
  /** null = the whole country. */
  regionCode?: string | null;
  /** 0..1 (clamped). */
  value: number;
  source: string;
  /** Epoch day; the newest indicator per key wins. */
  date: number;
}

export interface DemandOptions {
  /** Days after which a posting's weight halves. Default 60. */
  halfLifeDays?: number;
  /** Days unfilled at which the unfilled weight reaches its maximum. Default 90. */
  unfilledSaturationDays?: number;
  /** Maximum extra weight of a long-unfilled vacancy (1 = up to x2). Default 1. */
  unfilledBonus?: number;
}

export const DEFAULT_DEMAND_OPTIONS: Required<DemandOptions> = {
  halfLifeDays: 60,
  unfilledSaturationDays: 90,
  unfilledBonus: 1,
};

/** Region wildcard used for country-wide values. */
export const ANY_REGION = '*';

export interface DemandIndex {
  /** 0..1; 0 when nothing is known. Falls back occupation+region -> occupation -> ISCO unit+region -> ISCO unit -> 0. */
  lookup(occupationId: number | null, iscoGroup: string | null, regionCode: string | null): number;
  /** The raw entries (key -> value), for storage and inspection. */
  readonly entries: ReadonlyMap<string, number>;
}

export const occupationKey = (occupationId: number, region: string): string => `occ:${occupationId}|${region}`;
export const iscoKey = (isco: string, region: string): string => `isco:${isco}|${region}`;

/** Weight of one vacancy at `now`. */
export function vacancyWeight(v: DemandVacancy, now: number, o: Required<DemandOptions> = DEFAULT_DEMAND_OPTIONS): number {
  const age = Math.max(0, now - v.postedAt);
  const decay = Math.pow(0.5, age / o.halfLifeDays);
  const unfilled = v.closedAt == null ? Math.min(age, o.unfilledSaturationDays) / o.unfilledSaturationDays : 0;
  return Math.max(0, v.openings) * decay * (1 + o.unfilledBonus * unfilled);
}

/**
 * Build the index. Vacancy weights are summed per key (occupation and ISCO unit group, each per region
 * and country-wide) and normalised by log1p(raw) / log1p(max raw) so a few big employers do not flatten
 * everyone else. Each key's final value is the stronger of the vacancy signal and the newest indicator.
 */
export function buildDemandIndex(
  vacancies: DemandVacancy[],
  indicators: DemandIndicator[],
  now: number,
  options: DemandOptions = {},
): DemandIndex {
  const o = { ...DEFAULT_DEMAND_OPTIONS, ...options };
  const raw = new Map<string, number>();
  const add = (k: string, w: number) => raw.set(k, (raw.get(k) ?? 0) + w);
  for (const v of vacancies) {
    const w = vacancyWeight(v, now, o);
    if (w <= 0) continue;
    for (const region of [v.regionCode, ANY_REGION]) {
      if (v.occupationId != null) add(occupationKey(v.occupationId, region), w);
      if (v.iscoGroup) add(iscoKey(v.iscoGroup, region), w);
    }
  }
  let max = 0;
  for (const w of raw.values()) if (w > max) max = w;
  const entries = new Map<string, number>();
  const norm = Math.log1p(max);
  for (const [k, w] of raw) entries.set(k, norm > 0 ? Math.log1p(w) / norm : 0);

  const newest = new Map<string, DemandIndicator>();
  for (const ind of indicators) {
    const region = ind.regionCode ?? ANY_REGION;
    const keys: string[] = [];
    if (ind.occupationId != null) keys.push(occupationKey(ind.occupationId, region));
    if (ind.iscoGroup) keys.push(iscoKey(ind.iscoGroup, region));
    for (const k of keys) {
      const prev = newest.get(k);
      // Newest wins; same date: the higher value wins (order-independent).
      if (!prev || ind.date > prev.date || (ind.date === prev.date && ind.value > prev.value)) newest.set(k, ind);
    }
  }
  for (const [k, ind] of newest) {
    const v = Math.min(1, Math.max(0, ind.value));
    entries.set(k, Math.max(entries.get(k) ?? 0, v));
  }

  return {
    entries,
    lookup(occupationId, iscoGroup, regionCode) {
      const region = regionCode ?? ANY_REGION;
      if (occupationId != null) {
        const a = entries.get(occupationKey(occupationId, region)) ?? entries.get(occupationKey(occupationId, ANY_REGION));
        if (a !== undefined) return a;
      }
      if (iscoGroup) {
        const b = entries.get(iscoKey(iscoGroup, region)) ?? entries.get(iscoKey(iscoGroup, ANY_REGION));
        if (b !== undefined) return b;
      }
      return 0;
    },
  };
}

/** Coarse level for explanations: high >= 0.66, medium >= 0.33, else low. */
export function demandLevel(value: number): 'high' | 'medium' | 'low' {
  return value >= 0.66 ? 'high' : value >= 0.33 ? 'medium' : 'low';
}
