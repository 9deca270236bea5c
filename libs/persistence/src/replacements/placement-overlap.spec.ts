import { weekGridFromRanges } from '@app/matching';
import { commitmentOf, commitmentsOverlap, daysOverlap, hoursOverlap, type Commitment } from './placement-overlap';
import { epochDay } from '../matching/engine-mapping';

const mornings = weekGridFromRanges([{ days: [0, 1, 2, 3, 4], from: 8, to: 12 }]);
const afternoons = weekGridFromRanges([{ days: [0, 1, 2, 3, 4], from: 14, to: 18 }]);
const mondayNoon = weekGridFromRanges([{ days: [0], from: 11, to: 13 }]);
const at = (start: number, end: number, week: Commitment['week'] = mornings): Commitment => ({ start, end, week });

describe('placement overlap (replacements: placed elsewhere at the same time)', () => {
  it('days: half-open ranges, open-ended = infinite', () => {
    expect(daysOverlap(at(100, 170), at(160, 200))).toBe(true);
    expect(daysOverlap(at(100, 170), at(170, 200))).toBe(false); // one ends the day before the other starts
    expect(daysOverlap(at(100, 170), at(50, 100))).toBe(false);
    expect(daysOverlap(at(100, Infinity), at(5000, 5007))).toBe(true);
    expect(daysOverlap(at(100, Infinity), at(20, Infinity))).toBe(true);
  });

  it('hours: the grids intersect; no schedule (null or no hours) on either side counts as overlapping', () => {
    expect(hoursOverlap(mornings, afternoons)).toBe(false);
    expect(hoursOverlap(mornings, mondayNoon)).toBe(true); // one shared hour is enough
    expect(hoursOverlap(mornings, null)).toBe(true);
    expect(hoursOverlap(null, afternoons)).toBe(true);
    expect(hoursOverlap(mornings, weekGridFromRanges([]))).toBe(true);
  });

  it('both must overlap: the same days at other hours, or the same hours on other days, is free', () => {
    expect(commitmentsOverlap(at(100, 170, mornings), at(120, 200, mornings))).toBe(true);
    expect(commitmentsOverlap(at(100, 170, mornings), at(120, 200, afternoons))).toBe(false);
    expect(commitmentsOverlap(at(100, 170, mornings), at(300, 400, mornings))).toBe(false);
    expect(commitmentsOverlap(at(100, 170, mornings), at(300, 400, null))).toBe(false);
    expect(commitmentsOverlap(at(100, 170, null), at(120, Infinity, afternoons))).toBe(true);
  });

  it('commitmentOf: start + 7 x weeks; a missing start is today; no duration is open-ended; no schedule is unknown', () => {
    expect(commitmentOf({ startDate: '2026-01-05', durationWeeks: 2, schedule: { mon: [8, 9] } }, 0)).toMatchObject({ start: epochDay('2026-01-05'), end: epochDay('2026-01-19') });
    expect(commitmentOf({ startDate: null, durationWeeks: null, schedule: null }, 20000)).toEqual({ start: 20000, end: Infinity, week: null });
    const c = commitmentOf({ startDate: null, durationWeeks: 1, schedule: { mon: [8, 9, 10, 11], tue: [] } }, 20000);
    expect(c.end).toBe(20007);
    expect(hoursOverlap(c.week, mornings)).toBe(true);
    expect(hoursOverlap(c.week, afternoons)).toBe(false);
  });
});
