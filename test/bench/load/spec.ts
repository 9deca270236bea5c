/**
 * What the benchmark asks the load process for, and what it gets back (JSON over argv / stdout). Shared
 * by the benchmark (test/bench/http.bench.ts) and the load process (worker.ts).
 */

/** PATCH then GET recommendations, `clients` loops in parallel, `total` cycles after `warmup`. */
export interface CycleSpec {
  kind: 'cycle';
  baseUrl: string;
  key: string;
  profileIds: string[];
  clients: number;
  warmup: number;
  total: number;
}

/** autocannon on one route, rotating over people (path and body chosen per request). */
export interface CannonSpec {
  kind: 'cannon';
  baseUrl: string;
  key: string;
  /** `path`: GET `path` on every request (the no-op routes). */
  route: 'patch' | 'recommendations' | 'path';
  path?: string;
  profileIds: string[];
  connections: number;
  durationS: number;
  /** Requests per second over all connections; unset = as fast as the server answers. */
  overallRate?: number;
  /** Accept-Encoding sent (default gzip, as browsers and fetch send it; identity = uncompressed bodies). */
  acceptEncoding?: 'gzip' | 'identity';
}

export type LoadSpec = CycleSpec | CannonSpec;

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export interface CycleResult {
  kind: 'cycle';
  cycles: number;
  seconds: number;
  cyclesPerSecond: number;
  /** GET recommendations right after the PATCH: the fresh computation through queue and scorer. */
  get: LatencySummary;
  patch: LatencySummary;
  /** PATCH + GET, what a case manager waits for. */
  pair: LatencySummary;
  statuses: Record<string, number>;
}

export interface CannonResult {
  kind: 'cannon';
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latency: LatencySummary;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Mean response size (headers and body), bytes. */
  bytesPerResponse: number;
  /** When the last request was answered (epoch ms), for lag measured from the last write. */
  endedAt: number;
}

export type LoadResult = CycleResult | CannonResult;

export const RESULT_PREFIX = 'LOAD_RESULT ';

/** The change a case manager makes: the commute limit (a section the ranking depends on), rotating. */
export function patchBody(i: number): string {
  return JSON.stringify({ transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 40 + 5 * (i % 6), canUseTransportAllowance: i % 2 === 0 } });
}
