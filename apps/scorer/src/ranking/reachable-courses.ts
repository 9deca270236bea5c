import { gateMask, PairFacts, type PersonIndex } from '@app/matching';
import type { ScorerIndex } from '../index/scorer-index.service';

/**
 * The covering courses to name for person `pi`'s missing skills: only programmes the person passes every
 * gate of (within reach, a free seat, allowed, schedule and language fit), so an explanation never sends
 * someone to a course in another city or one that is full. Memoised per skill for one explanation pass
 * (a person's options share most missing skills). Its own PairFacts: explainMatch still reads the pair's.
 */
export function reachableCourses(index: ScorerIndex, P: PersonIndex, pi: number, now: number): (skillId: number) => string[] {
  const O = index.opportunities;
  const facts = new PairFacts();
  const passes = new Map<string, boolean>();
  const memo = new Map<number, string[]>();
  const accept = (id: string): boolean => {
    let ok = passes.get(id);
    if (ok === undefined) {
      const ti = O.slotOf(id);
      ok = ti >= 0 && gateMask(P, pi, O, ti, now, facts, true) === 0;
      passes.set(id, ok);
    }
    return ok;
  };
  return (skillId) => {
    let ids = memo.get(skillId);
    if (!ids) memo.set(skillId, (ids = index.trainings.covering(skillId, accept)));
    return [...ids];
  };
}
