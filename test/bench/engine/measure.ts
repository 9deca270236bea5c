/** In-process engine measurements: full pair scoring, ranking one person, ranking candidates for a vacancy. */
import {
  compileWeights,
  DEFAULT_WEIGHTS,
  explainMatch,
  rankCandidates,
  rankOpportunities,
  scorePairFull,
  type OpportunityIndex,
  type PersonIndex,
  type RankScratch,
} from '@app/matching';
import { percentile } from '../harness';

export interface Latency {
  p50: number;
  p95: number;
  /** Mean candidates visited (after the spatial prefilter) or results returned. */
  mean: number;
  /** Rankings only: full evaluations per ranking (candidates fully scored), and programmes given a pathway value. */
  fullEvaluations?: { p50: number; p95: number };
  pathwayEvaluations?: { p50: number; p95: number };
}

function summarise(ms: number[], counts: number): Latency {
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), mean: counts / ms.length };
}

const elapsedMs = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/**
 * Full scoring function (every gate and component, no early exit) over every opportunity for each
 * person: pairs per second on one core. Returns a checksum too so the work cannot be optimised away.
 */
export function pairsPerSecond(scratch: RankScratch, P: PersonIndex, slots: number[], O: OpportunityIndex, now: number): { rate: number; pairs: number; checksum: number } {
  const weights = compileWeights(DEFAULT_WEIGHTS);
  const s = scratch.score;
  const n = O.slots.highWater;
  let checksum = 0;
  const t0 = process.hrtime.bigint();
  for (const pi of slots) {
    for (let oi = 0; oi < n; oi++) {
      scorePairFull(s, P, pi, O, oi, weights, now);
      checksum += s.score;
    }
  }
  const pairs = slots.length * n;
  return { rate: pairs / (elapsedMs(t0) / 1000), pairs, checksum };
}

/** Case manager view: rank one person against every open opportunity, top 20, explanations for the 20. */
export function rankLatency(scratch: RankScratch, P: PersonIndex, slots: number[], O: OpportunityIndex, now: number, pathways = true): Latency {
  const run = (pi: number): number => {
    const r = rankOpportunities(scratch, P, pi, O, { now, limit: 20, pathways });
    for (const x of r.results) explainMatch(scratch.score, P, pi, O, O.slotOf(x.opportunityId), { now, pathway: x.pathway });
    return r.considered;
  };
  for (const pi of slots.slice(0, 20)) run(pi); // warm-up (JIT)
  const ms: number[] = [];
  const full: number[] = [];
  const valued: number[] = [];
  let considered = 0;
  for (const pi of slots) {
    const t0 = process.hrtime.bigint();
    considered += run(pi);
    ms.push(elapsedMs(t0));
    full.push(scratch.lastWork.fullEvaluations);
    valued.push(scratch.lastWork.pathwayEvaluations);
  }
  const spread = (xs: number[]) => (xs.sort((a, b) => a - b), { p50: percentile(xs, 50), p95: percentile(xs, 95) });
  return { ...summarise(ms, considered), fullEvaluations: spread(full), pathwayEvaluations: spread(valued) };
}

/** Employer view: rank the people for each (new) vacancy slot, top 20. */
export function candidatesLatency(scratch: RankScratch, O: OpportunityIndex, slots: number[], P: PersonIndex, now: number): Latency {
  for (const oi of slots.slice(0, 5)) rankCandidates(scratch, O, oi, P, { now, limit: 20 });
  const ms: number[] = [];
  let results = 0;
  for (const oi of slots) {
    const t0 = process.hrtime.bigint();
    results += rankCandidates(scratch, O, oi, P, { now, limit: 20 }).results.length;
    ms.push(elapsedMs(t0));
  }
  return summarise(ms, results);
}

/** Resident set size in MiB after two full garbage collections (node --expose-gc). */
export function rssAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  return process.memoryUsage().rss / 2 ** 20;
}
