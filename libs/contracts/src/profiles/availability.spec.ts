import { emptyWeekHours, hoursFromWords, scheduleToHours, scheduleView, wordsFromHours, type WeekHours } from './availability';
import { CreateProfileSchema } from './profile';

const MORNING = [6, 7, 8, 9, 10, 11];

describe('availability words <-> hour grid', () => {
  it('expands weekday mornings to 06-12 Monday to Friday and nothing at the weekend', () => {
    const g = hoursFromWords({ days: ['weekdays'], periods: ['morning'] });
    expect(g).toEqual({ mon: MORNING, tue: MORNING, wed: MORNING, thu: MORNING, fri: MORNING, sat: [], sun: [] });
  });

  it('puts night on both ends of the same day and merges overlapping day words', () => {
    const g = hoursFromWords({ days: ['sat', 'weekend'], periods: ['night'] });
    expect(g.sat).toEqual([0, 1, 2, 3, 4, 5, 22, 23]);
    expect(g.sun).toEqual(g.sat);
    expect(g.mon).toEqual([]);
  });

  it('turns a grid made of whole periods back into the same words, exactly', () => {
    const words = { days: ['weekdays', 'sat'] as const, periods: ['afternoon', 'evening'] as const };
    const back = wordsFromHours(hoursFromWords({ days: [...words.days], periods: [...words.periods] }));
    expect(back).toEqual({ words: { days: ['weekdays', 'sat'], periods: ['afternoon', 'evening'] }, exact: true });
  });

  it('describes an irregular grid with covering words and says they are not exact', () => {
    const g: WeekHours = { ...emptyWeekHours(), mon: [9, 10], wed: [14] };
    expect(wordsFromHours(g)).toEqual({ words: { days: ['mon', 'wed'], periods: ['morning', 'afternoon'] }, exact: false });
  });

  it('reads an empty grid as no words, exactly', () => {
    expect(wordsFromHours(emptyWeekHours())).toEqual({ words: { days: [], periods: [] }, exact: true });
  });

  it('prefers the grid when both forms are given and sorts and fills missing days', () => {
    const g = scheduleToHours({ hours: { tue: [10, 8, 9] }, words: { days: ['weekend'], periods: ['night'] } });
    expect(g).toEqual({ ...emptyWeekHours(), tue: [8, 9, 10] });
  });

  it('returns both forms in a view', () => {
    const v = scheduleView(hoursFromWords({ days: ['weekend'], periods: ['morning'] }));
    expect(v.words).toEqual({ days: ['weekend'], periods: ['morning'] });
    expect(v.wordsExact).toBe(true);
    expect(v.hours.sun).toEqual(MORNING);
  });

  it('validates the forms: neither given, repeated or out-of-range hours, unknown words', () => {
    const bad = (availability: unknown) => CreateProfileSchema.safeParse({ availability }).error?.issues.map((i) => i.path.join('.'));
    expect(bad({})).toEqual(['availability.hours']);
    expect(bad({ hours: { mon: [8, 8] } })).toEqual(['availability.hours.mon']);
    expect(bad({ hours: { mon: [24] } })).toEqual(['availability.hours.mon.0']);
    expect(bad({ words: { days: ['someday'], periods: ['morning'] } })).toEqual(['availability.words.days.0']);
    expect(bad({ hours: { mon: [8] }, wordsExact: false })).toBeUndefined();
  });
});
