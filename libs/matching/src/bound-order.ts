/**
 * Full scoring in decreasing upper-bound order (MaxScore style): the candidates with the best bounds
 * fill the top-k heaps first, so their floors (the k-th exact score) rise as early as they can, and the
 * first bound below every floor ends the ranking: no later candidate can enter any list.
 *
 * Two bounds per candidate, cheapest first, each at least the exact score:
 *   1. every component but skills exact, skills = 1 (from the scan);
 *   2. the essential coverage exact (one pass over the essential row), optional coverage = 1
 *      (the skills component grows with both: `withOptional` and `weightedScore` are monotone, and
 *      rounded operations keep that order).
 * Only a candidate whose second bound still reaches its floor is fully scored (the optional row read,
 * the exact weighted score offered to its heap). Its score is the same double `scoreAboveFloor` gives:
 * the same components in the same order, the essential coverage from the same sum.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import { KIND_CODE } from './compile/codes';
import type { BoundedCandidates } from './bounded-candidates';
import { addOptionalInto, essentialCoverageInto, withOptional } from './components/skills';
import { weightedScore, type ScoreScratch } from './score';
import type { TopK } from './top-k';
import { C_SKILLS } from './weights';

export interface BoundedWork {
  /** Candidates whose essential row was read for the second bound (jobs the pathway search read are not re-read). */
  essentialReads: number;
  /** Candidates fully scored and offered to their heap. */
  fullEvaluations: number;
}

export interface RankingHeaps {
  jobs: TopK;
  /** Apprenticeships (and trainings when they share it). */
  programmes: TopK;
  trainings: TopK;
}

/**
 * `sharedList`: jobs and programmes compete for one list (not per kind), so a programme below the k-th
 * job cannot enter it either (its rank score is at most its fit) and is skipped too.
 */
export function scoreInBoundOrder(s: ScoreScratch, O: OpportunityIndex, weights: Float64Array, candidates: BoundedCandidates, heaps: RankingHeaps, sharedList: boolean): BoundedWork {
  const c = s.components;
  const { jobs, programmes, trainings } = heaps;
  const work: BoundedWork = { essentialReads: 0, fullEvaluations: 0 };
  candidates.sortByBound();
  for (let r = 0; r < candidates.size; r++) {
    const bound = candidates.boundAt(r);
    const jobFloor = jobs.floor();
    const programmeFloor = sharedList ? Math.max(programmes.floor(), jobFloor) : programmes.floor();
    const trainingFloor = sharedList ? programmeFloor : trainings.floor();
    // Bounds only fall from here: once below every floor, nothing later can enter any heap.
    if (bound < jobFloor && bound < programmeFloor && bound < trainingFloor) break;
    const i = candidates.entryAt(r);
    const oi = candidates.slots[i];
    const kind = O.kind[oi];
    const isJob = kind === KIND_CODE.job;
    const floor = isJob ? jobFloor : kind === KIND_CODE.training ? trainingFloor : programmeFloor;
    if (bound < floor) continue;
    candidates.loadComponents(i, c);
    let essential = candidates.essential[i];
    if (Number.isNaN(essential)) {
      essentialCoverageInto(s.table, O, oi, c, C_SKILLS);
      essential = c[C_SKILLS];
      work.essentialReads++;
    }
    const hasOptional = O.optional.count[oi] > 0;
    if (hasOptional) {
      c[C_SKILLS] = withOptional(essential, 1);
      if (weightedScore(c, weights, kind) < floor) continue;
    }
    c[C_SKILLS] = essential;
    if (hasOptional) addOptionalInto(s.table, O, oi, c, C_SKILLS);
    work.fullEvaluations++;
    const heap = isJob ? jobs : kind === KIND_CODE.training ? trainings : programmes;
    heap.offer(oi, weightedScore(c, weights, kind));
  }
  return work;
}
