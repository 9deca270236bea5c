/**
 * Market-demand index: a 0..1 value per occupation (or ISCO group) and region, from open vacancies
 * (openings, time-decayed by days since posted, weighted up by days unfilled) and imported
 * labour-market indicators (e.g. a shortage-occupation list). A pure function from arrays to a lookup.
 * Both signals are kept apart so an explanation can show them (issue 15).
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

/**
 * Weighted openings at which the vacancy signal is 0.5: signal = w / (w + 5). Absolute, not relative to
 * the busiest occupation of the index (issue 15): one fresh vacancy is 1/6 (low) whatever else is open,
 * ten long-unfilled ones are high. A relative scale put the only open vacancy of a small index at 1.0.
 */
export const VACANCY_HALF_SATURATION = 5;

/** What a demand value is made of, for explanations and GET /demand. */
export interface DemandParts {
  /** 0..1, what the demand component uses. */
  value: number;
  /** 0..1 from open vacancies (0 when none). */
  vacancySignal: number;
  /** Weighted openings behind the vacancy signal (openings x decay x unfilled weight). */
  weightedOpenings: number;
  /** The newest imported indicator for the key found first (occupation before ISCO, region before country), or null. */
  indicator: { value: number; source: string; date: number } | null;
}

export interface DemandIndex {
  /** 0..1; 0 when nothing is known. Falls back occupation+region -> occupation -> ISCO unit+region -> ISCO unit -> 0, per signal. */
  lookup(occupationId: number | null, iscoGroup: string | null, regionCode: string | null): number;
  /** The same value with what it is made of. */
  parts(occupationId: number | null, iscoGroup: string | null, regionCode: string | null): DemandParts;
  /** Final values per key (occupation/ISCO x region), for storage and inspection. */
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

/** The vacancy signal of a weighted-openings sum. */
export function vacancySignal(weightedOpenings: number): number {
  return weightedOpenings > 0 ? weightedOpenings / (weightedOpenings + VACANCY_HALF_SATURATION) : 0;
}

/**
 * The value from the two signals: an indicator fills its share of the headroom the vacancy signal leaves,
 * `v + (1 - v) x i` (issue 15). Since the vacancy signal never reaches 1, an occupation on a shortage list
 * always ranks above an otherwise equal one that is not, however many vacancies are open; and an
 * indicator never lowers what the open vacancies say (a mean did: 0.9 on the list pulled 0.99 down).
 */
export function combineDemand(signal: number, indicator: number | null): number {
  return indicator === null ? signal : signal + (1 - signal) * indicator;
}

/**
 * Build the index. Vacancy weights are summed per key (occupation and ISCO unit group, each per region
 * and country-wide); each signal is looked up along its own fallback chain, so a country-wide shortage
 * list still counts for an occupation with regional vacancies.
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

  const newest = new Map<string, DemandIndicator>();
  for (const ind of indicators) {
    const region = ind.regionCode ?? ANY_REGION;
    const keys: string[] = [];
    if (ind.occupationId != null) keys.push(occupationKey(ind.occupationId, region));
    if (ind.iscoGroup) keys.push(iscoKey(ind.iscoGroup, region));
    for (const k of keys) {
      const prev = newest.get(k);
      // Newest wins; same date: the higher value wins, then the source name (order-independent).
      if (!prev || ind.date > prev.date || (ind.date === prev.date && (ind.value > prev.value || (ind.value === prev.value && ind.source < prev.source)))) newest.set(k, ind);
    }
  }

  const chain = (occupationId: number | null, iscoGroup: string | null, region: string): string[] => {
    const keys: string[] = [];
    if (occupationId != null) keys.push(occupationKey(occupationId, region), occupationKey(occupationId, ANY_REGION));
    if (iscoGroup) keys.push(iscoKey(iscoGroup, region), iscoKey(iscoGroup, ANY_REGION));
    return keys;
  };
  const parts = (occupationId: number | null, iscoGroup: string | null, regionCode: string | null): DemandParts => {
    const keys = chain(occupationId, iscoGroup, regionCode ?? ANY_REGION);
    let weighted = 0;
    for (const k of keys) {
      const w = raw.get(k);
      if (w !== undefined) {
        weighted = w;
        break;
      }
    }
    let indicator: DemandParts['indicator'] = null;
    for (const k of keys) {
      const ind = newest.get(k);
      if (ind) {
        indicator = { value: Math.min(1, Math.max(0, ind.value)), source: ind.source, date: ind.date };
        break;
      }
    }
    const signal = vacancySignal(weighted);
    return { value: combineDemand(signal, indicator?.value ?? null), vacancySignal: signal, weightedOpenings: weighted, indicator };
  };

  const entries = new Map<string, number>();
  for (const [k, w] of raw) entries.set(k, combineDemand(vacancySignal(w), newest.has(k) ? Math.min(1, Math.max(0, newest.get(k)!.value)) : null));
  for (const [k, ind] of newest) if (!raw.has(k)) entries.set(k, combineDemand(0, Math.min(1, Math.max(0, ind.value))));

  return {
    entries,
    parts,
    lookup: (occupationId, iscoGroup, regionCode) => parts(occupationId, iscoGroup, regionCode).value,
  };
}

/** Coarse level for explanations: high >= 0.66, medium >= 0.33, else low. */
export function demandLevel(value: number): 'high' | 'medium' | 'low' {
  return value >= 0.66 ? 'high' : value >= 0.33 ? 'medium' : 'low';
}
