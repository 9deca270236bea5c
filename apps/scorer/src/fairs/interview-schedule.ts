/**
 * Interview times for an allocation: every (opportunity, attendee) pair gets a slot index such that no
 * attendee has two interviews in one slot and no employer's table has two. Greedy in a fixed order
 * (opportunities as given, each one's attendees by rank), each pair taking the earliest slot free for
 * both: deterministic and at most (max interviews per attendee + max per opportunity - 1) slots long.
 * Pure.
 */
export interface SchedulePair {
  opportunity: number;
  attendee: number;
}

export function assignInterviewSlots(pairs: readonly SchedulePair[]): Int32Array {
  const busyAttendee = new Map<number, Set<number>>();
  const busyTable = new Map<number, Set<number>>();
  const slots = new Int32Array(pairs.length);
  pairs.forEach((p, i) => {
    const a = busyAttendee.get(p.attendee) ?? new Set<number>();
    const t = busyTable.get(p.opportunity) ?? new Set<number>();
    let s = 0;
    while (a.has(s) || t.has(s)) s++;
    a.add(s);
    t.add(s);
    busyAttendee.set(p.attendee, a);
    busyTable.set(p.opportunity, t);
    slots[i] = s;
  });
  return slots;
}

/** `YYYY-MM-DDTHH:mm` of slot `index` at a fair starting `date` `HH:MM`, slots of `minutes` (local wall clock; no time zone). */
export function slotTime(date: string, startTime: string, minutes: number, index: number): { startsAt: string; endsAt: string } {
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = startTime.split(':').map(Number);
  const at = (k: number) => new Date(Date.UTC(y, mo - 1, d, h, mi + k * minutes)).toISOString().slice(0, 16);
  return { startsAt: at(index), endsAt: at(index + 1) };
}
