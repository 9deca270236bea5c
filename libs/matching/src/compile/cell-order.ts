/**
 * Load order for bulk compiles: slots are assigned in load order, so loading one spatial-grid cell's
 * opportunities together puts a cell's slots (and their skill rows in the arenas) next to each other in
 * every typed array. Ranking scans whole cells, and with load-order slots each candidate was a cache miss
 * in ~20 arrays (docs/bench-data.md: 29 -> 20 ms p50, 203 -> 122 ms p95 at 100k opportunities).
 *
 * Cells come in the order of their first appearance (not sorted by key) and a cell's opportunities keep
 * their relative order, remote and unlocated ones follow in their own order: a fresh index built from
 * this order visits candidates in exactly the order it would have from the original list (same grid
 * buckets, same cell insertion order, same remote/unlocated lists), so every result is bit-identical,
 * including sums over visited jobs. An id listed twice keeps only its last record (what upserting the
 * list in order leaves).
 */
import type { EngineOpportunity } from '../model';
import type { SpatialGrid } from '../store/spatial-grid';

export function inCellOrder(opportunities: readonly EngineOpportunity[], grid: SpatialGrid): EngineOpportunity[] {
  const cells = new Map<number, EngineOpportunity[]>();
  const remote: EngineOpportunity[] = [];
  const unlocated: EngineOpportunity[] = [];
  const last = new Map<string, number>();
  opportunities.forEach((o, i) => last.set(o.id, i));
  for (let i = 0; i < opportunities.length; i++) {
    const o = opportunities[i];
    if (last.get(o.id) !== i) continue;
    // Same placement rule as OpportunityIndex.upsert: remote first, then located, else unlocated.
    if (o.mode === 'remote' || o.mode === 'home_based') remote.push(o);
    else if (o.location) {
      const k = grid.keyOf(o.location.lat, o.location.lon);
      let cell = cells.get(k);
      if (!cell) cells.set(k, (cell = []));
      cell.push(o);
    } else unlocated.push(o);
  }
  const out: EngineOpportunity[] = [];
  for (const cell of cells.values()) for (const o of cell) out.push(o);
  for (const o of remote) out.push(o);
  for (const o of unlocated) out.push(o);
  return out;
}
