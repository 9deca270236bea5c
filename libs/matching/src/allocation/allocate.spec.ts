import { allocate } from './allocate';
import { buildAllocationInput } from './input';

describe('allocate (examples)', () => {
  // Ana fits P1 (90) and P2 (40); Ben fits only P1 (40). One seat each.
  const input = buildAllocationInput({
    attendeeCount: 2,
    opportunitySlots: [1, 1],
    perAttendeeCap: 1,
    edges: [
      { attendee: 0, opportunity: 0, score: 90 },
      { attendee: 0, opportunity: 1, score: 40 },
      { attendee: 1, opportunity: 0, score: 40 },
    ],
  });

  it('max_total takes the single best pair when that maximises the sum', () => {
    const { assignments, report } = allocate(input, { strategy: 'max_total' });
    expect(Array.from(assignments.attendee)).toEqual([0]);
    expect(Array.from(assignments.opportunity)).toEqual([0]);
    expect(report.totalScore).toBe(90);
    expect(report.attendeesCovered).toBe(1);
    expect(report.interviewsHistogram).toEqual([1, 1]);
    expect(report.certifiedOptimal).toBe(true);
  });

  it('coverage_first gives both a slot, at the lower total', () => {
    const { assignments, report } = allocate(input, { strategy: 'coverage_first' });
    expect(Array.from(assignments.attendee)).toEqual([0, 1]);
    expect(Array.from(assignments.opportunity)).toEqual([1, 0]);
    expect(report.totalScore).toBe(80);
    expect(report.attendeesCovered).toBe(2);
    expect(report.certifiedOptimal).toBe(true);
    // Greedy takes Ana -> P1 first and strands Ben.
    expect(report.greedy.attendeesCovered).toBe(1);
  });

  it('beats greedy where greedy blocks a better pair', () => {
    // Greedy takes (0,0)=50 and then cannot place 1 (only fits 0) -> 50; optimum 49 + 48 = 97.
    const { report } = allocate(
      buildAllocationInput({
        attendeeCount: 2,
        opportunitySlots: [1, 1],
        perAttendeeCap: 1,
        edges: [
          { attendee: 0, opportunity: 0, score: 50 },
          { attendee: 0, opportunity: 1, score: 48 },
          { attendee: 1, opportunity: 0, score: 49 },
        ],
      }),
      { strategy: 'max_total' },
    );
    expect(report.totalScore).toBe(97);
    expect(report.greedy.totalScore).toBe(50);
    expect(report.greedy.gapToOptimum).toBeCloseTo(47 / 97);
    expect(report.bounds.simpleBound).toBe(98); // attendee side 50 + 49 = 99, opportunity side 50 + 48
    expect(report.gapToBound).toBeCloseTo(1 / 98);
  });

  it('never uses edges below the minimum score or to full opportunities', () => {
    const { report } = allocate(
      buildAllocationInput({
        attendeeCount: 2,
        opportunitySlots: [0, 1],
        perAttendeeCap: 2,
        minScore: 30,
        edges: [
          { attendee: 0, opportunity: 0, score: 99 },
          { attendee: 0, opportunity: 1, score: 29.99 },
          { attendee: 1, opportunity: 1, score: 30 },
        ],
      }),
      { strategy: 'coverage_first' },
    );
    expect(report.totalScore).toBe(30);
    expect(Array.from(report.opportunityFill)).toEqual([0, 1]);
  });

  it('rejects malformed input', () => {
    const bad = (edges: { attendee: number; opportunity: number; score: number }[]) => () =>
      buildAllocationInput({ attendeeCount: 1, opportunitySlots: [1], perAttendeeCap: 1, edges });
    expect(bad([{ attendee: 1, opportunity: 0, score: 1 }])).toThrow(/attendee 1 out of range/);
    expect(bad([{ attendee: 0, opportunity: 0, score: 101 }])).toThrow(/outside 0..100/);
    expect(bad([{ attendee: 0, opportunity: 0, score: Number.NaN }])).toThrow(/outside 0..100/);
  });

  it('handles an empty fair', () => {
    const { report } = allocate(
      buildAllocationInput({ attendeeCount: 3, opportunitySlots: [], perAttendeeCap: 3, edges: [] }),
      { strategy: 'coverage_first' },
    );
    expect(report.interviewsHistogram).toEqual([3, 0, 0, 0]);
    expect(report.gapToBound).toBe(0);
    expect(report.certifiedOptimal).toBe(true);
  });
});
