import fc from 'fast-check';
import { assignInterviewSlots, slotTime } from './interview-schedule';

describe('assignInterviewSlots', () => {
  it('never double-books an attendee or a table, and stays within cap + slots - 1', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 12 })), { selector: ([o, a]) => `${o}-${a}`, maxLength: 60 }), (raw) => {
        const pairs = raw.map(([opportunity, attendee]) => ({ opportunity, attendee }));
        const slots = assignInterviewSlots(pairs);
        const seen = new Set<string>();
        const perA = new Map<number, number>();
        const perO = new Map<number, number>();
        pairs.forEach((p, i) => {
          expect(seen.has(`a${p.attendee}s${slots[i]}`)).toBe(false);
          expect(seen.has(`o${p.opportunity}s${slots[i]}`)).toBe(false);
          seen.add(`a${p.attendee}s${slots[i]}`);
          seen.add(`o${p.opportunity}s${slots[i]}`);
          perA.set(p.attendee, (perA.get(p.attendee) ?? 0) + 1);
          perO.set(p.opportunity, (perO.get(p.opportunity) ?? 0) + 1);
        });
        const bound = Math.max(0, ...perA.values()) + Math.max(0, ...perO.values()) - 1;
        for (const s of slots) expect(s).toBeLessThan(Math.max(1, bound));
      }),
    );
  });

  it('gives each table its slots in rank order from the start', () => {
    const slots = assignInterviewSlots([
      { opportunity: 0, attendee: 1 },
      { opportunity: 0, attendee: 2 },
      { opportunity: 1, attendee: 1 },
    ]);
    expect([...slots]).toEqual([0, 1, 1]);
  });
});

describe('slotTime', () => {
  it('counts slots from the start time, across midnight too', () => {
    expect(slotTime('2025-03-10', '09:00', 20, 0)).toEqual({ startsAt: '2025-03-10T09:00', endsAt: '2025-03-10T09:20' });
    expect(slotTime('2025-03-10', '09:00', 20, 4)).toEqual({ startsAt: '2025-03-10T10:20', endsAt: '2025-03-10T10:40' });
    expect(slotTime('2025-03-10', '23:30', 20, 1).endsAt).toBe('2025-03-11T00:10');
  });
});
