import type { WeekHoursInput } from '@app/contracts';

/** Hour grids (hour h = [h:00, h+1:00)), the wire form of profile and opportunity schedules. */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export function hours(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** The same hours on Monday to Friday, plus optionally other hours on Saturday. */
export function weekdays(from: number, to: number, saturday?: [number, number]): WeekHoursInput {
  const grid: WeekHoursInput = Object.fromEntries(WEEKDAYS.map((d) => [d, hours(from, to)]));
  if (saturday) grid.sat = hours(saturday[0], saturday[1]);
  return grid;
}

/** Work shifts and class times the demo opportunities use, with their hours per week. */
export const SHIFTS = {
  morning: { label: 'turno de mañana', grid: weekdays(7, 13, [7, 13]), hoursPerWeek: 36 },
  day: { label: 'jornada completa', grid: weekdays(8, 17), hoursPerWeek: 40 },
  afternoon: { label: 'turno de tarde', grid: weekdays(14, 22), hoursPerWeek: 40 },
  earlyAfternoon: { label: 'turno de tarde (13:00-19:00)', grid: weekdays(13, 19, [8, 14]), hoursPerWeek: 36 },
  classMorning: { label: 'mañanas', grid: weekdays(8, 11), hoursPerWeek: 15 },
  classAfternoon: { label: 'tardes', grid: weekdays(14, 17), hoursPerWeek: 15 },
  classEvening: { label: 'noches', grid: weekdays(18, 21), hoursPerWeek: 15 },
  classSaturday: { label: 'sábados', grid: { sat: hours(8, 14) }, hoursPerWeek: 6 },
} as const satisfies Record<string, { label: string; grid: WeekHoursInput; hoursPerWeek: number }>;

export type ShiftKey = keyof typeof SHIFTS;
