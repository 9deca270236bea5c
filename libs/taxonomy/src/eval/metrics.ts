/**
 * Retrieval and extraction metrics of the taxonomy evaluation. Pure functions over URI lists: `ranked`
 * is a system's answer, best first (repeated URIs count once, at their first rank); `gold` is the set
 * of acceptable answers. Undefined values (no gold, nothing extracted, no items) are NaN, never a
 * made-up 0 or 1; averages skip nothing silently: the caller decides which items a metric is over.
 */

/** Distinct URIs of a ranking in order, cut at k. */
export function topK(ranked: readonly string[], k: number): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const u of ranked) {
    if (out.length >= k) break;
    if (seen.has(u)) continue;
    seen.add(u);
    out.push(u);
  }
  return out;
}

function hitsIn(top: readonly string[], gold: readonly string[]): number {
  const g = new Set(gold);
  let n = 0;
  for (const u of top) if (g.has(u)) n++;
  return n;
}

/** 1 / rank of the first gold URI within the top k (default 10), else 0. Averaged: MRR@k. */
export function reciprocalRank(ranked: readonly string[], gold: readonly string[], k = 10): number {
  const g = new Set(gold);
  const top = topK(ranked, k);
  const at = top.findIndex((u) => g.has(u));
  return at < 0 ? 0 : 1 / (at + 1);
}

/** 1 when any gold URI is in the top k, else 0 (titles: one right answer is enough). Averaged: R@k. */
export function hitAt(ranked: readonly string[], gold: readonly string[], k: number): number {
  return hitsIn(topK(ranked, k), gold) > 0 ? 1 : 0;
}

/** |gold ∩ top k| / |gold| (sentences: every gold skill should be found); NaN without gold. */
export function recallAt(ranked: readonly string[], gold: readonly string[], k: number): number {
  const g = [...new Set(gold)];
  if (g.length === 0) return NaN;
  return hitsIn(topK(ranked, k), g) / g.length;
}

/** R-precision at k: |gold ∩ top k| / min(k, |gold|), 1 when the top k is as good as it can be; NaN without gold. */
export function rPrecisionAt(ranked: readonly string[], gold: readonly string[], k = 5): number {
  const g = [...new Set(gold)];
  if (g.length === 0) return NaN;
  return hitsIn(topK(ranked, k), g) / Math.min(k, g.length);
}

/** One sentence's contribution to micro-averaged precision. */
export interface PrecisionCount {
  /** Extracted URIs that are gold. */
  correct: number;
  /** Distinct extracted URIs. */
  extracted: number;
}

/** Counts of one sentence: with gold [] (a negative sentence) every extracted concept is a false positive. */
export function precisionCount(extracted: readonly string[], gold: readonly string[]): PrecisionCount {
  const e = [...new Set(extracted)];
  return { correct: hitsIn(e, gold), extracted: e.length };
}

/** Σ correct / Σ extracted over the sentences; NaN when nothing was extracted at all. */
export function microPrecision(counts: readonly PrecisionCount[]): number {
  let correct = 0;
  let extracted = 0;
  for (const c of counts) {
    correct += c.correct;
    extracted += c.extracted;
  }
  return extracted === 0 ? NaN : correct / extracted;
}

/** Arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  let s = 0;
  for (const v of values) s += v;
  return s / values.length;
}

/** Nearest-rank percentile (p in 0..100): the smallest value with at least p % of the values at or below it; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1];
}
