/**
 * Seeded pseudo-random numbers for the benchmark data. Every record is generated from its own stream
 * (`streamSeed(seed, stream, index)`), so record i is the same whatever was generated before it: people
 * can be produced lazily, in any order or in chunks, and two runs build identical data.
 */
import { SeededRandom } from '@app/matching';

/** Mixes three integers into a 32-bit seed (murmur3 finaliser steps). */
export function streamSeed(seed: number, stream: number, index: number): number {
  let h = (seed ^ Math.imul(stream + 0x9e3779b9, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ index, 0xcc9e2d51) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** The engine's SeededRandom with the benchmark's sampling helpers. */
export class Rng extends SeededRandom {
  /** Roughly normal (sum of three uniforms), mean 0, standard deviation 1. */
  normal(): number {
    return (this.next() + this.next() + this.next() - 1.5) * 2;
  }
  /** `count` distinct items of `items` (partial Fisher-Yates on a copy when small, rejection otherwise). */
  sample<T>(items: ArrayLike<T>, count: number): T[] {
    const n = items.length;
    const k = Math.min(count, n);
    const picked = new Set<number>();
    while (picked.size < k) picked.add(Math.floor(this.next() * n));
    return [...picked].map((i) => items[i]);
  }
}

/** Cumulative weights for `pickWeighted`. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}

/** Index drawn with probability proportional to its weight (binary search on the cumulative weights). */
export function pickWeighted(r: Rng, cum: Float64Array): number {
  const x = r.next() * cum[cum.length - 1];
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
