import { buildDemandIndex, demandLevel, vacancyWeight, type DemandVacancy } from './demand';

const NOW = 1000;
const v = (over: Partial<DemandVacancy> = {}): DemandVacancy => ({
  occupationId: 1,
  iscoGroup: '8344',
  regionCode: 'EC-P',
  openings: 1,
  postedAt: NOW,
  closedAt: null,
  ...over,
});

describe('demand index', () => {
  it('vacancy weight: openings x half-life decay x (1 + days unfilled / 90)', () => {
    expect(vacancyWeight(v({ openings: 3 }), NOW)).toBe(3);
    expect(vacancyWeight(v({ postedAt: NOW - 60 }), NOW)).toBeCloseTo(0.5 * (1 + 60 / 90));
    expect(vacancyWeight(v({ postedAt: NOW - 60, closedAt: NOW - 10 }), NOW)).toBeCloseTo(0.5);
    expect(vacancyWeight(v({ postedAt: NOW - 500 }), NOW)).toBeCloseTo(Math.pow(0.5, 500 / 60) * 2);
  });

  it('normalises to 0..1 with the largest signal at 1, and falls back region -> country -> ISCO', () => {
    const idx = buildDemandIndex(
      [v({ openings: 10 }), v({ occupationId: 2, iscoGroup: '5120', openings: 1 }), v({ occupationId: 3, iscoGroup: '5120', regionCode: 'EC-G' })],
      [],
      NOW,
    );
    // The country-wide entry for occupation 1 equals its regional one here; both are the maximum.
    expect(idx.lookup(1, '8344', 'EC-P')).toBe(1);
    const two = idx.lookup(2, '5120', 'EC-P');
    expect(two).toBeGreaterThan(0);
    expect(two).toBeLessThan(1);
    expect(idx.lookup(1, null, 'EC-G')).toBe(idx.lookup(1, null, null)); // no regional entry: country-wide
    expect(idx.lookup(99, '5120', 'EC-G')).toBeGreaterThan(0); // unknown occupation: its ISCO group
    expect(idx.lookup(99, '9999', 'EC-P')).toBe(0);
  });

  it('imported indicators raise demand (the stronger signal wins; the newest indicator per key)', () => {
    const idx = buildDemandIndex(
      [v({ openings: 10 }), v({ occupationId: 2, iscoGroup: null, openings: 1 })],
      [
        { occupationId: 2, regionCode: 'EC-P', value: 0.2, source: 'old list', date: 1 },
        { occupationId: 2, regionCode: 'EC-P', value: 0.95, source: 'shortage list', date: 2 },
        { iscoGroup: '7212', value: 1.7, source: 'shortage list', date: 2 },
      ],
      NOW,
    );
    expect(idx.lookup(2, null, 'EC-P')).toBe(0.95);
    expect(idx.lookup(null, '7212', 'EC-P')).toBe(1); // clamped, country-wide
  });

  it('is a pure function of its inputs (order does not matter)', () => {
    const vs = [v({ openings: 4 }), v({ occupationId: 2, openings: 2, postedAt: NOW - 30 }), v({ occupationId: 3, regionCode: 'EC-G' })];
    const a = buildDemandIndex(vs, [], NOW);
    const b = buildDemandIndex([...vs].reverse(), [], NOW);
    expect([...a.entries].sort()).toEqual([...b.entries].sort());
  });

  it('levels for explanations', () => {
    expect(demandLevel(0.8)).toBe('high');
    expect(demandLevel(0.4)).toBe('medium');
    expect(demandLevel(0.1)).toBe('low');
  });
});
