/**
 * Pathways: training should be tied to real vacancies. For a training or apprenticeship T,
 * P' = P + skillsConferred(T); T's value is the demand-weighted count of open jobs within the person's
 * reach that P' newly qualifies for (essential coverage >= threshold, every gate passed) and P did not.
 * Self-employment programmes, for a person who prefers that pathway, take their value from the sector's
 * demand and the person's aspiration instead.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import * as C from './compile/codes';
import { forEachCandidateOpportunity } from './candidates';
import { aspirationComponent } from './components/aspiration';
import { essentialCoverage } from './components/skills';
import { gateMask } from './gates';
import { PairFacts } from './pair-facts';
import type { Relatedness } from './relatedness';
import { SkillTable } from './skill-table';
import { grow } from './store/grow';

/** Essential-skill coverage at which a person counts as qualified for a vacancy. */
export const QUALIFIED_COVERAGE = 0.7;
/** A real open vacancy is worth at least 0.5, up to 1 with full demand: 0.5 + 0.5 x demand. */
export const VACANCY_BASE_VALUE = 0.5;
/** normalised = value / (value + 3): 3 unlocked vacancies ~ 0.5, 12 ~ 0.8. */
export const PATHWAY_HALF_SATURATION = 3;
/** Ranking multiplier floor: a programme unlocking nothing keeps 25% of its score (it still may fit). */
export const PATHWAY_FLOOR = 0.25;

export interface PathwayResult {
  /** Demand-weighted value (sum of 0.5 + 0.5 x demand over unlocked vacancies). */
  value: number;
  /** 0..1. */
  normalised: number;
  /** Slots of the unlocked vacancies, ascending. */
  unlockedSlots: number[];
  selfEmployment: boolean;
}

export const normalisePathwayValue = (value: number): number => value / (value + PATHWAY_HALF_SATURATION);
export const pathwayMultiplier = (normalised: number): number => PATHWAY_FLOOR + (1 - PATHWAY_FLOOR) * normalised;

/**
 * Jobs a person is gated into but not yet qualified for: the only ones a programme can unlock.
 * Collected once per person (rank collects them in its main loop; this is the stand-alone version).
 */
export class NearMissJobs {
  slots = new Int32Array(256);
  size = 0;
  reset(): void {
    this.size = 0;
  }
  push(slot: number): void {
    if (this.size === this.slots.length) this.slots = grow(this.slots, this.size * 2);
    this.slots[this.size++] = slot;
  }
}

export class PathwayScratch {
  readonly table: SkillTable;
  constructor(relatedness: Relatedness) {
    this.table = new SkillTable(relatedness);
  }
}

/** Stand-alone near-miss collection: open jobs in reach, all gates passed, coverage below threshold. */
export function collectNearMissJobs(
  baseTable: SkillTable,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  now: number,
  out: NearMissJobs,
): void {
  const facts = new PairFacts();
  out.reset();
  forEachCandidateOpportunity(P, pi, O, (oi) => {
    if (!(O.flags[oi] & C.OF_LIVE) || O.kind[oi] !== C.KIND_CODE.job) return;
    if (gateMask(P, pi, O, oi, now, facts, true) !== 0) return;
    if (essentialCoverage(baseTable, O, oi) < QUALIFIED_COVERAGE) out.push(oi);
  });
}

/** The pathway value of programme `ti` for person `pi` against the person's near-miss jobs. */
export function pathwayValue(
  scratch: PathwayScratch,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  ti: number,
  nearMiss: NearMissJobs,
): PathwayResult {
  const selfEmployment = (O.flags[ti] & C.OF_SELF_EMPLOYMENT) !== 0 && P.pathway[pi] === C.PATHWAY_CODE.self_employment;
  if (selfEmployment) {
    const normalised = 0.5 * O.demand[ti] + 0.5 * aspirationComponent(P, pi, O, ti);
    return { value: normalised, normalised, unlockedSlots: [], selfEmployment };
  }
  const t = scratch.table;
  t.reset();
  t.addRecords(P.skills.data, P.skills.start[pi], P.skills.count[pi], 3);
  t.addRecords(O.conferred.data, O.conferred.start[ti], O.conferred.count[ti], 2);
  const unlockedSlots: number[] = [];
  let value = 0;
  if (O.conferred.count[ti] > 0) {
    for (let i = 0; i < nearMiss.size; i++) {
      const j = nearMiss.slots[i];
      if (essentialCoverage(t, O, j) >= QUALIFIED_COVERAGE) {
        unlockedSlots.push(j);
        value += VACANCY_BASE_VALUE + (1 - VACANCY_BASE_VALUE) * O.demand[j];
      }
    }
  }
  unlockedSlots.sort((a, b) => a - b);
  return { value, normalised: normalisePathwayValue(value), unlockedSlots, selfEmployment };
}
