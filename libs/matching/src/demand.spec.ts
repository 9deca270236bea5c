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

  it('the vacancy signal is absolute (w / (w + 5)), so one vacancy in a small index does not saturate it', () => {
    const lone = buildDemandIndex([v()], [], NOW);
    expect(lone.lookup(1, '8344', 'EC-P')).toBeCloseTo(1 / 6);
    expect(demandLevel(lone.lookup(1, '8344', 'EC-P'))).toBe('low');
    const busy = buildDemandIndex([v({ openings: 10 }), v({ occupationId: 2, iscoGroup: '5120' })], [], NOW);
    expect(busy.lookup(1, '8344', 'EC-P')).toBeCloseTo(10 / 15);
    // Adding an unrelated busy occupation does not move occupation 2's signal (not relative to the maximum).
    expect(busy.lookup(2, '5120', 'EC-P')).toBeCloseTo(lone.lookup(1, '8344', 'EC-P'));
    expect(busy.parts(1, '8344', 'EC-P')).toEqual({ value: 10 / 15, vacancySignal: 10 / 15, weightedOpenings: 10, indicator: null });
  });

  it('falls back region -> country -> ISCO', () => {
    const idx = buildDemandIndex(
      [v({ openings: 10 }), v({ occupationId: 2, iscoGroup: '5120', openings: 1 }), v({ occupationId: 3, iscoGroup: '5120', regionCode: 'EC-G' })],
      [],
      NOW,
    );
    expect(idx.lookup(1, null, 'EC-G')).toBe(idx.lookup(1, null, null)); // no regional entry: country-wide
    expect(idx.lookup(99, '5120', 'EC-G')).toBeGreaterThan(0); // unknown occupation: its ISCO group
    expect(idx.lookup(99, '9999', 'EC-P')).toBe(0);
  });

  it('an imported indicator always raises the value (v + (1 - v) x i), the newest per key', () => {
    const vacancies = [v({ openings: 10 }), v({ occupationId: 2, iscoGroup: null, openings: 10 })];
    const idx = buildDemandIndex(
      vacancies,
      [
        { occupationId: 2, regionCode: 'EC-P', value: 0.2, source: 'old list', date: 1 },
        { occupationId: 2, regionCode: 'EC-P', value: 0.95, source: 'shortage list', date: 2 },
        { iscoGroup: '7212', value: 1.7, source: 'shortage list', date: 2 },
      ],
      NOW,
    );
    // Occupations 1 and 2 have the same vacancies; only 2 is on the shortage list: they separate.
    expect(idx.lookup(2, null, 'EC-P')).toBeCloseTo(10 / 15 + (1 - 10 / 15) * 0.95);
    expect(idx.lookup(2, null, 'EC-P')).toBeGreaterThan(idx.lookup(1, '8344', 'EC-P'));
    expect(idx.parts(2, null, 'EC-P').indicator).toEqual({ value: 0.95, source: 'shortage list', date: 2 });
    expect(idx.lookup(null, '7212', 'EC-P')).toBe(1); // clamped to 1, country-wide, no vacancies
    // However many vacancies are open, the shortage list still separates (the vacancy signal never reaches 1).
    const flooded = buildDemandIndex([v({ openings: 1e6 }), v({ occupationId: 2, iscoGroup: null, openings: 1e6 })], [{ occupationId: 2, value: 0.3, source: 'list', date: 2 }], NOW);
    expect(flooded.lookup(2, null, 'EC-P')).toBeGreaterThan(flooded.lookup(1, '8344', 'EC-P'));
  });

  it('a country-wide indicator counts for an occupation whose vacancies are regional', () => {
    const idx = buildDemandIndex([v({ openings: 5 })], [{ occupationId: 1, value: 1, source: 'national list', date: 3 }], NOW);
    expect(idx.parts(1, '8344', 'EC-P')).toEqual({ value: 1, vacancySignal: 0.5, weightedOpenings: 5, indicator: { value: 1, source: 'national list', date: 3 } });
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
