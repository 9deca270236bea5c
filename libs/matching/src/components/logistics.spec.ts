import { gateMask } from '../gates';
import { GUAYAQUIL, opportunity, pair, person, WEEKDAYS } from '../testing/builders';
import { weekGridFromRanges } from '../week-grid';
import { commuteScore, logisticsComponent, UNKNOWN_COMMUTE_SCORE } from './logistics';

describe('logistics component', () => {
  it('commute score: 1 remote, 1 - 0.7 x share of the maximum, 0.5 unknown', () => {
    expect(commuteScore(0, 60)).toBe(1);
    expect(commuteScore(30, 60)).toBeCloseTo(0.65);
    expect(commuteScore(60, 60)).toBeCloseTo(0.3);
    expect(commuteScore(Number.NaN, 60)).toBe(UNKNOWN_COMMUTE_SCORE);
  });

  it('combines commute (0.6) and attendable share of the schedule (0.4)', () => {
    const p = person({ availability: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 14 }]) });
    const o = opportunity({ mode: 'remote', location: null, schedule: weekGridFromRanges([{ days: WEEKDAYS, from: 8, to: 15 }]) });
    const w = pair(p, o);
    gateMask(w.P, 0, w.O, 0, 0, w.s.facts, false);
    expect(logisticsComponent(w.P, 0, w.s.facts, w.O, 0)).toBeCloseTo(0.6 * 1 + 0.4 * (30 / 35));
  });

  it('nearer is better', () => {
    const near = pair(person(), opportunity());
    const far = pair(person({ transport: { modes: ['car'], maxCommuteMinutes: 600, canUseTransportAllowance: false } }), opportunity({ location: GUAYAQUIL }));
    for (const w of [near, far]) gateMask(w.P, 0, w.O, 0, 0, w.s.facts, false);
    expect(logisticsComponent(near.P, 0, near.s.facts, near.O, 0)).toBeGreaterThan(logisticsComponent(far.P, 0, far.s.facts, far.O, 0));
  });
});
