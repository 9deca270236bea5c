import type { EngineOpportunity, EnginePerson } from '../model';
import { gateMask } from '../gates';
import { DAY0, opportunity, pair, person, training } from '../testing/builders';
import { completionComponent, NO_INCOME_FACTOR } from './completion';

const remote = (o: Partial<EngineOpportunity> = {}) => training({ mode: 'remote', location: null, ...o });
function completion(p: EnginePerson, o: EngineOpportunity): number {
  const w = pair(p, o);
  gateMask(w.P, 0, w.O, 0, DAY0, w.s.facts, false);
  return completionComponent(w.P, 0, w.s.facts, w.O, 0, DAY0);
}

describe('completion likelihood', () => {
  it('is 1 for jobs (not applicable)', () => {
    expect(completion(person({ needsIncomeDuringTraining: true }), opportunity())).toBe(1);
  });

  it('a remote programme with a stipend and comfortable schedule is likely completed', () => {
    expect(completion(person(), remote())).toBe(1);
  });

  it('needing income without a stipend lowers it', () => {
    const p = person({ needsIncomeDuringTraining: true });
    expect(completion(p, remote())).toBe(1);
    expect(completion(p, remote({ supports: { ...training().supports, stipend: false } }))).toBeCloseTo(NO_INCOME_FACTOR);
  });

  it('a longer commute lowers it', () => {
    expect(completion(person(), training())).toBeLessThan(1);
    expect(completion(person(), training())).toBeGreaterThan(0.7);
  });

  it('a permit ending before the programme does lowers it in proportion', () => {
    const t = remote({ startDate: DAY0, durationWeeks: 20 }); // 140 days
    const ends = (d: number | null) => person({ eligibility: { mayWork: true, mayTrain: true, authorisationKind: 'x', authorisationEndsAt: d, isAdult: true } });
    expect(completion(ends(null), t)).toBe(1);
    expect(completion(ends(DAY0 + 70), t)).toBeCloseTo(0.3 + 0.7 * 0.5);
    expect(completion(ends(DAY0 + 140), t)).toBe(1);
  });

  it('a schedule taking nearly all available hours is tight', () => {
    const p = person(); // available weekdays 7-20 = 65 h
    const tight = remote({ schedule: p.availability });
    expect(completion(p, tight)).toBeCloseTo(0.5);
  });
});
