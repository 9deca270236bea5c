import { allocate } from './allocate';
import { exposureReport } from './fairness';
import { generateFairInstance } from './generator';

describe('exposureReport', () => {
  it('counts attendees per number of interviews', () => {
    expect(exposureReport([0, 1, 3, 1, 0, 0])).toEqual({ attendees: 6, covered: 3, histogram: [3, 2, 0, 1] });
  });

  it('computes selection rates per group and the four-fifths ratio', () => {
    const perAttendee = [1, 1, 0, 0, 2, 1, 1, 0, 1, 0];
    const groups = ['f', 'f', 'f', 'f', 'm', 'm', 'm', 'm', null, 'x'];
    const { groupAudit } = exposureReport(perAttendee, groups, { minGroupSize: 2 });
    expect(groupAudit?.groups).toEqual([
      { group: 'f', attendees: 4, selected: 2, rate: 0.5, inRatio: true },
      { group: 'm', attendees: 4, selected: 3, rate: 0.75, inRatio: true },
      { group: 'x', attendees: 1, selected: 0, rate: 0, inRatio: false },
    ]);
    expect(groupAudit?.unlabeled).toBe(1);
    expect(groupAudit?.fourFifthsRatio).toBeCloseTo(2 / 3);
    expect(groupAudit?.belowFourFifths).toBe(true);
  });

  it('does not flag equal rates and leaves the ratio undefined when nobody is selected', () => {
    expect(exposureReport([1, 0, 1, 0], ['a', 'a', 'b', 'b']).groupAudit?.belowFourFifths).toBe(false);
    expect(exposureReport([0, 0], ['a', 'b']).groupAudit?.fourFifthsRatio).toBeNull();
  });

  it('audits an allocation without the labels ever reaching it', () => {
    const input = generateFairInstance(7, 300, 40, 4, 2, 10);
    const labels = Array.from({ length: 300 }, (_, a) => (a % 3 === 0 ? 'g1' : 'g2'));
    // `allocate` has no parameter for labels (enforced by its type); its result is the same whatever
    // the labels are, so the audit is purely an after-the-fact report.
    const allocation = allocate(input, { strategy: 'coverage_first' });
    const report = exposureReport(allocation.perAttendee, labels, { perAttendeeCap: input.perAttendeeCap });
    expect(report.histogram).toEqual(allocation.report.interviewsHistogram);
    expect(report.groupAudit?.groups.map((g) => g.attendees)).toEqual([100, 200]);
  });
});
