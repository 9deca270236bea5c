/** Week grids for the synthetic data: opportunity shifts, people's availability and care hours. */
import { emptyWeekGrid, weekGridFromRanges, type HourRange, type WeekGrid } from '@app/matching';
import { cumulative, pickWeighted, type Rng } from './prng';

const WEEKDAYS = [0, 1, 2, 3, 4];
const MON_SAT = [0, 1, 2, 3, 4, 5];

interface Shift {
  weight: number;
  ranges: HourRange[];
}

const JOB_SHIFTS: Shift[] = [
  { weight: 35, ranges: [{ days: WEEKDAYS, from: 8, to: 16 }] },
  { weight: 15, ranges: [{ days: WEEKDAYS, from: 9, to: 18 }] },
  { weight: 10, ranges: [{ days: MON_SAT, from: 7, to: 15 }] },
  { weight: 8, ranges: [{ days: WEEKDAYS, from: 14, to: 22 }] },
  { weight: 4, ranges: [{ days: WEEKDAYS, from: 22, to: 24 }, { days: [1, 2, 3, 4, 5], from: 0, to: 6 }] },
  { weight: 6, ranges: [{ days: [4, 5, 6], from: 10, to: 20 }] },
  { weight: 10, ranges: [{ days: WEEKDAYS, from: 8, to: 13 }] },
  { weight: 12, ranges: [] }, // flexible: no schedule check
];

const PROGRAMME_SHIFTS: Shift[] = [
  { weight: 30, ranges: [{ days: WEEKDAYS, from: 18, to: 21 }] },
  { weight: 20, ranges: [{ days: [5], from: 8, to: 14 }] },
  { weight: 25, ranges: [{ days: WEEKDAYS, from: 8, to: 12 }] },
  { weight: 15, ranges: [{ days: WEEKDAYS, from: 8, to: 16 }] },
  { weight: 10, ranges: [] }, // self-paced
];

const jobCum = cumulative(JOB_SHIFTS.map((s) => s.weight));
const progCum = cumulative(PROGRAMME_SHIFTS.map((s) => s.weight));

export function opportunitySchedule(r: Rng, programme: boolean): WeekGrid {
  const shift = programme ? PROGRAMME_SHIFTS[pickWeighted(r, progCum)] : JOB_SHIFTS[pickWeighted(r, jobCum)];
  return weekGridFromRanges(shift.ranges);
}

/** 40% state no availability (= any hour); the rest day, evening or mixed patterns. */
export function personAvailability(r: Rng): WeekGrid {
  const x = r.next();
  if (x < 0.4) return emptyWeekGrid();
  if (x < 0.65) return weekGridFromRanges([{ days: MON_SAT, from: 7, to: 19 }]);
  if (x < 0.8) return weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }, { days: [5, 6], from: 8, to: 20 }]);
  if (x < 0.9) return weekGridFromRanges([{ days: WEEKDAYS, from: 13, to: 23 }]);
  return weekGridFromRanges([{ days: [0, 1, 2, 3, 4, 5, 6], from: 6, to: 22 }]);
}

/** ~30% care for children or dependants in the afternoon/evening on weekdays. */
export function personCareHours(r: Rng): WeekGrid {
  if (!r.chance(0.3)) return emptyWeekGrid();
  const from = r.pick([13, 14, 15, 16]);
  return weekGridFromRanges([{ days: WEEKDAYS, from, to: from + r.int(3, 6) }]);
}
