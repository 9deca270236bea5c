import type { WeekHours } from '@app/contracts';
import type { WeekGrid } from '@app/matching';
import { epochDay, weekHoursToGrid } from '../matching/engine-mapping';

/**
 * When an opportunity holds a person: a stretch of days and the weekly hours within it. Two of them
 * overlap when the days overlap AND the weekly hours do; with no known hours on either side there is no
 * way to tell, so they count as overlapping (a replacement must not be promised hours they have sold).
 */
export interface Commitment {
  /** Epoch day of the first day. */
  start: number;
  /** Epoch day after the last day; Infinity when open-ended (no duration). */
  end: number;
  /** The weekly hour grid; null or empty = not known. */
  week: WeekGrid | null;
}

const DAYS_PER_WEEK = 7;

/** From an opportunity's columns: a missing start is `today` ("starts when you join"); no duration = open-ended. */
export function commitmentOf(o: { startDate: string | null; durationWeeks: number | null; schedule: Partial<WeekHours> | null }, today: number): Commitment {
  const start = o.startDate ? epochDay(o.startDate) : today;
  return { start, end: o.durationWeeks ? start + DAYS_PER_WEEK * o.durationWeeks : Infinity, week: o.schedule ? weekHoursToGrid(o.schedule) : null };
}

export function daysOverlap(a: Commitment, b: Commitment): boolean {
  return a.start < b.end && b.start < a.end;
}

function hasHours(g: WeekGrid | null): g is WeekGrid {
  return g !== null && g.some((byte) => byte !== 0);
}

/** The hour grids intersect; true when either side has no hours (unknown). */
export function hoursOverlap(a: WeekGrid | null, b: WeekGrid | null): boolean {
  if (!hasHours(a) || !hasHours(b)) return true;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if ((a[i] & b[i]) !== 0) return true;
  return false;
}

/** Both at once: the same days and the same hours of the week. */
export function commitmentsOverlap(a: Commitment, b: Commitment): boolean {
  return daysOverlap(a, b) && hoursOverlap(a.week, b.week);
}
