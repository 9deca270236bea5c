import { allocateCohort } from './cohort';
import { buildAllocationInput } from './input';

describe('allocateCohort', () => {
  // Two programmes: P0 with 1 seat, P1 with 2 seats; five people, one seat each at most.
  const input = buildAllocationInput({
    attendeeCount: 5,
    opportunitySlots: [1, 2],
    perAttendeeCap: 1,
    minScore: 50,
    edges: [
      { attendee: 0, opportunity: 0, score: 95 },
      { attendee: 0, opportunity: 1, score: 70 },
      { attendee: 1, opportunity: 0, score: 80 },
      { attendee: 2, opportunity: 1, score: 60 },
      { attendee: 3, opportunity: 1, score: 60 },
      { attendee: 4, opportunity: 1, score: 55 },
      { attendee: 4, opportunity: 0, score: 40 }, // below minScore: never placed, never waiting
    ],
  });

  it('fills seats as fully as possible, then by fit', () => {
    const { programmes, allocation } = allocateCohort(input);
    expect(allocation.report.attendeesCovered).toBe(3);
    expect(programmes[0].placed).toEqual([{ person: 0, score: 95 }]);
    expect(programmes[1].placed).toEqual([
      { person: 2, score: 60 },
      { person: 3, score: 60 },
    ]);
  });

  it('keeps a waiting list per programme: eligible, not placed there, score desc, person asc', () => {
    const { programmes } = allocateCohort(input);
    expect(programmes[0].waitingList).toEqual([{ person: 1, score: 80, placedIn: [] }]);
    expect(programmes[1].waitingList).toEqual([
      { person: 0, score: 70, placedIn: [0] },
      { person: 4, score: 55, placedIn: [] },
    ]);
  });

  it('never lists someone on the waiting list of the programme they are placed in', () => {
    const { programmes } = allocateCohort(input);
    for (const p of programmes) {
      const placed = new Set(p.placed.map((s) => s.person));
      expect(p.waitingList.some((w) => placed.has(w.person))).toBe(false);
      expect(p.placed.length).toBeLessThanOrEqual(p.seats);
    }
  });
});
