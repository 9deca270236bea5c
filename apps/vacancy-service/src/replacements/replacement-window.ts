import type { Opportunity } from '@app/contracts';
import { latestJoinDayOf } from '@app/matching';
import { epochDay, epochDayToIso } from '@app/persistence';

/**
 * The replacement window of an opportunity, by the engine's own rule (latestJoinDayOf, the same as its
 * `programme_started` gate): programmes take a replacement until start + replacementWindowFraction x
 * duration (no start date: "starts when you join", open); jobs have no window.
 */
export function replacementWindow(o: Pick<Opportunity, 'kind' | 'startDate' | 'durationWeeks' | 'replacementWindowFraction'>, today: number): { open: boolean; end: string | null } {
  if (o.kind !== 'job' && o.startDate === null) return { open: true, end: null };
  const joinBy = latestJoinDayOf({ kind: o.kind, startDate: o.startDate ? epochDay(o.startDate) : today, endDate: null, durationWeeks: o.durationWeeks, replacementWindowFraction: o.replacementWindowFraction });
  if (!Number.isFinite(joinBy)) return { open: true, end: null };
  return { open: today <= joinBy, end: epochDayToIso(Math.floor(joinBy)) };
}
