import { SeededRandom } from '@app/matching';

/**
 * A small seeded pseudo-random generator (the engine's SeededRandom, plus weighted choice, sampling and jitter): the demo data set is the same on every machine
 * and every run for the same seed, so the README's examples stay true.
 */
export class Rng extends SeededRandom {
  /** One of the items, chosen with the given relative weights. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `n` distinct items in a random order (all of them when n >= length). */
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, Math.max(0, n));
  }

  /** A point near (lat, lon), at most `spread` degrees away on each axis, rounded to 4 decimals. */
  near(lat: number, lon: number, spread: number): { lat: number; lon: number } {
    const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
    return { lat: r4(lat + (this.next() * 2 - 1) * spread), lon: r4(lon + (this.next() * 2 - 1) * spread) };
  }
}

/** `YYYY-MM-DD` plus `days`. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
