import { opportunity, pair, person } from '../testing/builders';
import { experienceComponent, EXPERIENCE_NEUTRAL } from './experience';

const exp = (experience: ReturnType<typeof person>['experience'], o = opportunity()) => {
  const w = pair(person({ experience }), o);
  return experienceComponent(w.P, 0, w.O, 0);
};

describe('experience component', () => {
  it('saturates with months in the same occupation: 1 - exp(-months/24)', () => {
    expect(exp([])).toBe(0);
    expect(exp([{ occupationId: 100, iscoGroup: '8344', months: 24, formal: true }])).toBeCloseTo(1 - Math.exp(-1));
    expect(exp([{ occupationId: 100, iscoGroup: '8344', months: 240, formal: true }])).toBeGreaterThan(0.99);
  });

  it('counts the same ISCO unit group at 0.6, the same minor group at 0.3, informal at 0.8', () => {
    expect(exp([{ occupationId: 7, iscoGroup: '8344', months: 24, formal: true }])).toBeCloseTo(1 - Math.exp(-0.6));
    expect(exp([{ occupationId: 7, iscoGroup: '8343', months: 24, formal: true }])).toBeCloseTo(1 - Math.exp(-0.3));
    expect(exp([{ occupationId: 7, iscoGroup: '5120', months: 24, formal: true }])).toBe(0);
    expect(exp([{ occupationId: 100, iscoGroup: '8344', months: 24, formal: false }])).toBeCloseTo(1 - Math.exp(-0.8));
  });

  it('is neutral when the opportunity names no occupation', () => {
    expect(exp([], opportunity({ occupationId: null, iscoGroup: null }))).toBe(EXPERIENCE_NEUTRAL);
  });
});
