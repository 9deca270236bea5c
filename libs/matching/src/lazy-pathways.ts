/**
 * Pathway values only for the programmes that can still enter the final top k. A programme's rank score
 * is its fit times a multiplier in [PATHWAY_FLOOR, 1], so before its value is known it lies between
 * PATHWAY_FLOOR x fit and fit. With `fixed` (exact rank scores that compete for the same list: the jobs),
 * the evaluated programmes' exact rank scores and the others' lower bounds, the k-th best of them is a
 * threshold no unevaluated programme with fit below it can beat (k entries are at least it, strictly
 * above the programme's upper bound): those are never evaluated. Programmes are taken best fit first, a
 * chunk of 32 at a time (PathwaySearch's unit of work), re-checking the threshold after each chunk.
 * Exact: each programme's value is its own (independent of the others evaluated with it). At the stop,
 * the k entries above the threshold are exact (the unvalued ones' lower bounds are below the stopping
 * programme's fit): the lower bounds only decide how many programmes a chunk takes.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import type { PathwaySearch } from './pathway-search';
import { PATHWAY_FLOOR, pathwayMultiplier, type PathwayResult } from './pathways';
import type { SkillTable } from './skill-table';

const CHUNK = 32;

export interface LazyPathways {
  /** Pathway result per evaluated programme slot; the others cannot enter the top k. */
  values: Map<number, PathwayResult>;
  /** Programmes whose pathway value was computed. */
  evaluated: number;
}

/**
 * `programmes`: best fit first (score desc, id asc), as the programme heap sorts them. `fixed`: the
 * exact rank scores of the other entries of the same list (empty when programmes have lists of their own).
 */
export function evaluateLazily(
  search: PathwaySearch,
  table: SkillTable,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  programmes: ReadonlyArray<{ slot: number; score: number }>,
  fixed: ReadonlyArray<number>,
  limit: number,
): LazyPathways {
  const values = new Map<number, PathwayResult>();
  let next = 0; // programmes[0..next) are evaluated
  while (next < programmes.length) {
    const threshold = kthBest(programmes, next, fixed, values, limit);
    if (programmes[next].score < threshold) break; // sorted by fit: every later one is below too
    const chunk: number[] = [];
    while (next < programmes.length && chunk.length < CHUNK && programmes[next].score >= threshold) chunk.push(programmes[next++].slot);
    const results = search.evaluate(table, P, pi, O, chunk);
    chunk.forEach((slot, i) => values.set(slot, results[i]));
  }
  return { values, evaluated: values.size };
}

/**
 * The `limit`-th best of: `fixed`, the evaluated programmes' exact rank scores and the others' lower
 * bounds (PATHWAY_FLOOR x fit: what `pathwayMultiplier(0)` gives). -Infinity when there are fewer.
 */
function kthBest(
  programmes: ReadonlyArray<{ slot: number; score: number }>,
  evaluated: number,
  fixed: ReadonlyArray<number>,
  values: Map<number, PathwayResult>,
  limit: number,
): number {
  if (limit <= 0) return Infinity;
  const all: number[] = [...fixed];
  for (let i = 0; i < programmes.length; i++) {
    const { slot, score } = programmes[i];
    all.push(i < evaluated ? score * pathwayMultiplier((values.get(slot) as PathwayResult).normalised) : score * PATHWAY_FLOOR);
  }
  if (all.length < limit) return -Infinity;
  all.sort((a, b) => b - a);
  return all[limit - 1];
}
