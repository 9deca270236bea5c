import { CanonicalEdges } from './canonicalEdges';

/**
 * Canonical edge positions sorted by scaled score desc, then attendee asc, then opportunity asc
 * (canonical position order already encodes the last two). Shared by the greedy baseline and the
 * opportunity-side bound.
 */
export function edgesByScoreDesc(edges: CanonicalEdges): Int32Array {
  const order = new Int32Array(edges.count);
  for (let i = 0; i < edges.count; i++) order[i] = i;
  const scaled = edges.scaled;
  return order.sort((i, j) => scaled[j] - scaled[i] || i - j);
}
