/**
 * The 168-hour week grid in its two forms: the 21-byte input (`WeekGrid`) and six 32-bit words inside the
 * compiled indexes, where a schedule check is a few AND/popcounts.
 */
import type { WeekGrid } from './model';

export const HOURS_PER_WEEK = 168;
export const GRID_BYTES = 21;
export const GRID_WORDS = 6; // 6 x 32 = 192 >= 168

export function emptyWeekGrid(): WeekGrid {
  return new Uint8Array(GRID_BYTES);
}

export interface HourRange {
  /** 0 = Monday .. 6 = Sunday. */
  days: number[];
  /** Inclusive start hour 0..23. */
  from: number;
  /** Exclusive end hour 1..24. */
  to: number;
}

/** Build a grid from day/hour ranges, e.g. weekdays 8-14: {days:[0,1,2,3,4], from:8, to:14}. */
export function weekGridFromRanges(ranges: HourRange[]): WeekGrid {
  const g = emptyWeekGrid();
  for (const r of ranges) {
    for (const d of r.days) {
      for (let h = r.from; h < r.to; h++) setHour(g, d * 24 + h);
    }
  }
  return g;
}

export function setHour(g: WeekGrid, hour: number): void {
  g[hour >> 3] |= 1 << (hour & 7);
}

export function hasHour(g: WeekGrid, hour: number): boolean {
  return (g[hour >> 3] & (1 << (hour & 7))) !== 0;
}

/** Write the grid as 6 uint32 words into `out` at `offset` (bit h of the week = bit h&31 of word h>>5). */
export function writeGridWords(g: WeekGrid | undefined | null, out: Uint32Array, offset: number): void {
  for (let w = 0; w < GRID_WORDS; w++) out[offset + w] = 0;
  if (!g) return;
  const n = Math.min(g.length, GRID_BYTES);
  for (let b = 0; b < n; b++) {
    const byte = g[b];
    if (byte === 0) continue;
    out[offset + (b >> 2)] |= byte << ((b & 3) * 8);
  }
}

/** Population count of a 32-bit word (no allocation, branch-free). */
export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Hours of the grid (6 words at `offset`) as day/hour ranges, for the commitment explanation. */
export function gridWordsToRanges(words: Uint32Array, offset: number): HourRange[] {
  const out: HourRange[] = [];
  const byDay: string[] = [];
  const spans: Array<{ from: number; to: number }[]> = [];
  for (let d = 0; d < 7; d++) {
    const s: { from: number; to: number }[] = [];
    let start = -1;
    for (let h = 0; h <= 24; h++) {
      const bit = d * 24 + h;
      const on = h < 24 && (words[offset + (bit >> 5)] & (1 << (bit & 31))) !== 0;
      if (on && start < 0) start = h;
      if (!on && start >= 0) {
        s.push({ from: start, to: h });
        start = -1;
      }
    }
    spans.push(s);
    byDay.push(s.map((x) => `${x.from}-${x.to}`).join(','));
  }
  // Group days with identical hour spans so "Mon-Fri 8-14" is one range.
  const seen = new Map<string, HourRange[]>();
  for (let d = 0; d < 7; d++) {
    if (!byDay[d]) continue;
    let group = seen.get(byDay[d]);
    if (!group) {
      group = spans[d].map((x) => ({ days: [], from: x.from, to: x.to }));
      seen.set(byDay[d], group);
      out.push(...group);
    }
    for (const r of group) r.days.push(d);
  }
  return out;
}
