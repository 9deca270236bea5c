import { z } from 'zod';
import { distinct } from './primitives';

/**
 * Weekly schedules of a person (availability, care duties) in two interchangeable forms:
 *
 * - the hour grid: for each day the hours that are in the set, `{ mon: [8, 9, 10, 11], ... }`, hour h
 *   meaning [h:00, h+1:00) local time (the same wire form as opportunity schedules);
 * - day/period words for case managers: `{ days: ['weekdays'], periods: ['morning'] }` = every
 *   weekday 06:00-12:00. Periods: morning 6-12, afternoon 12-18, evening 18-22, night 22-24 and 0-6
 *   of the same calendar day.
 *
 * Input gives either form (when both are given the grid wins, so a section read back can be sent
 * again unchanged); output always carries both, plus `wordsExact`: whether the words describe the grid
 * exactly (words can only express "these periods on these days").
 */
export const PROFILE_WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type ProfileWeekDay = (typeof PROFILE_WEEK_DAYS)[number];
export const DAY_WORDS = [...PROFILE_WEEK_DAYS, 'weekdays', 'weekend'] as const;
export type DayWord = (typeof DAY_WORDS)[number];
export const PERIODS = ['morning', 'afternoon', 'evening', 'night'] as const;
export type Period = (typeof PERIODS)[number];

const PERIOD_HOURS: Record<Period, number[]> = {
  morning: range(6, 12),
  afternoon: range(12, 18),
  evening: range(18, 22),
  night: [...range(0, 6), 22, 23],
};
const WEEKDAYS: ProfileWeekDay[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const WEEKEND: ProfileWeekDay[] = ['sat', 'sun'];

const dayHours = distinct(z.number().int().min(0).max(23), 24);

/** Input grid: a missing day has no hours. */
export const WeekHoursInputSchema = z.strictObject(Object.fromEntries(PROFILE_WEEK_DAYS.map((d) => [d, dayHours.optional()])) as Record<ProfileWeekDay, z.ZodOptional<typeof dayHours>>);
/** Output grid: every day present, hours ascending. */
export const WeekHoursSchema = z.strictObject(Object.fromEntries(PROFILE_WEEK_DAYS.map((d) => [d, z.array(z.number().int())])) as Record<ProfileWeekDay, z.ZodArray<z.ZodNumber>>);
export type WeekHoursInput = z.infer<typeof WeekHoursInputSchema>;
export type WeekHours = z.infer<typeof WeekHoursSchema>;

export const ScheduleWordsInputSchema = z.strictObject({
  days: distinct(z.enum(DAY_WORDS), DAY_WORDS.length).min(1),
  periods: distinct(z.enum(PERIODS), PERIODS.length).min(1),
});
export const ScheduleWordsSchema = z.object({ days: z.array(z.enum(DAY_WORDS)), periods: z.array(z.enum(PERIODS)) });
export type ScheduleWords = z.infer<typeof ScheduleWordsSchema>;

/** The fields of a schedule on input; areas extend them (care duties add their kinds) before refining. */
export const scheduleInputShape = {
  hours: WeekHoursInputSchema.optional(),
  words: ScheduleWordsInputSchema.optional(),
  /** Output only; accepted and ignored so a section read back can be sent again. */
  wordsExact: z.boolean().optional(),
};
export const requireOneScheduleForm = { error: 'give the hour grid (hours) or day/period words (words)', path: ['hours'] };
export const hasScheduleForm = (s: { hours?: unknown; words?: unknown }) => s.hours !== undefined || s.words !== undefined;

export const ScheduleInputSchema = z.strictObject(scheduleInputShape).refine(hasScheduleForm, requireOneScheduleForm);
export type ScheduleInput = z.infer<typeof ScheduleInputSchema>;

export const scheduleOutputShape = { hours: WeekHoursSchema, words: ScheduleWordsSchema, wordsExact: z.boolean() };
export const ScheduleSchema = z.object(scheduleOutputShape);
export type Schedule = z.infer<typeof ScheduleSchema>;

export function emptyWeekHours(): WeekHours {
  return { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
}

/** Every day present, hours distinct and ascending. */
export function normaliseWeekHours(input: WeekHoursInput): WeekHours {
  const out = emptyWeekHours();
  for (const d of PROFILE_WEEK_DAYS) out[d] = [...new Set(input[d] ?? [])].sort((a, b) => a - b);
  return out;
}

export function expandDayWords(days: readonly DayWord[]): ProfileWeekDay[] {
  const set = new Set<ProfileWeekDay>();
  for (const w of days) {
    if (w === 'weekdays') WEEKDAYS.forEach((d) => set.add(d));
    else if (w === 'weekend') WEEKEND.forEach((d) => set.add(d));
    else set.add(w);
  }
  return PROFILE_WEEK_DAYS.filter((d) => set.has(d));
}

export function hoursFromWords(words: ScheduleWords): WeekHours {
  const hours = [...new Set(words.periods.flatMap((p) => PERIOD_HOURS[p]))].sort((a, b) => a - b);
  const out = emptyWeekHours();
  for (const d of expandDayWords(words.days)) out[d] = [...hours];
  return out;
}

/** The smallest words covering the grid, and whether they describe it exactly. */
export function wordsFromHours(grid: WeekHours): { words: ScheduleWords; exact: boolean } {
  const usedDays = PROFILE_WEEK_DAYS.filter((d) => grid[d].length > 0);
  const used = new Set(usedDays.flatMap((d) => grid[d]));
  const periods = PERIODS.filter((p) => PERIOD_HOURS[p].some((h) => used.has(h)));
  const words: ScheduleWords = { days: compressDays(usedDays), periods };
  return { words, exact: sameHours(hoursFromWords(words), grid) };
}

/** The stored grid of a schedule input: the grid when given, else the words expanded. */
export function scheduleToHours(input: { hours?: WeekHoursInput; words?: ScheduleWords }): WeekHours {
  return input.hours ? normaliseWeekHours(input.hours) : hoursFromWords(input.words ?? { days: [], periods: [] });
}

export function scheduleView(grid: WeekHours): Schedule {
  const hours = normaliseWeekHours(grid);
  const { words, exact } = wordsFromHours(hours);
  return { hours, words, wordsExact: exact };
}

function compressDays(days: ProfileWeekDay[]): DayWord[] {
  const set = new Set(days);
  const out: DayWord[] = [];
  const take = (group: ProfileWeekDay[], word: DayWord) => {
    if (group.every((d) => set.has(d))) {
      out.push(word);
      group.forEach((d) => set.delete(d));
    }
  };
  take(WEEKDAYS, 'weekdays');
  take(WEEKEND, 'weekend');
  return [...out, ...PROFILE_WEEK_DAYS.filter((d) => set.has(d))];
}

function sameHours(a: WeekHours, b: WeekHours): boolean {
  return PROFILE_WEEK_DAYS.every((d) => a[d].length === b[d].length && a[d].every((h, i) => h === b[d][i]));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
