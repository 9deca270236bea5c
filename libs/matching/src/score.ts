/**
 * The score of one pair: `gate ? 100 * sum(w_i c_i) / sum(w_i) : 0`.
 *
 * Everything a pair needs lives in a reusable `ScoreScratch` (skill table, pair facts, component
 * outputs), so scoring allocates nothing. The person's skill table must be loaded first
 * (`loadPersonSkills`) — once per person, not per pair.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import { KIND_CODE } from './compile/codes';
import { aspirationComponent } from './components/aspiration';
import { completionInto } from './components/completion';
import { credentialsComponent } from './components/credentials';
import { experienceInto } from './components/experience';
import { languageComponent } from './components/language';
import { logisticsComponent } from './components/logistics';
import { addOptionalInto, skillsInto } from './components/skills';
import { gateMask } from './gates';
import { PairFacts } from './pair-facts';
import type { RequiredSkillsProbe } from './required-skills-probe';
import type { Relatedness } from './relatedness';
import { SkillTable } from './skill-table';
import * as W from './weights';

export class ScoreScratch {
  readonly table: SkillTable;
  readonly facts = new PairFacts();
  /** Component values of the last scored pair, in COMPONENTS order. */
  readonly components = new Float64Array(W.COMPONENT_COUNT);
  /** Gate mask of the last scored pair (0 = passes). */
  gates = 0;
  /** Backing store of `score`: typed-array stores do not allocate, double object fields do (V8). */
  private readonly scoreStore = new Float64Array(1);
  /** Score of the last scored pair (0..100; 0 when gated). */
  get score(): number {
    return this.scoreStore[0];
  }
  set score(value: number) {
    this.scoreStore[0] = value;
  }
  /** Person slot whose skills the table holds (-1 none); with `tableIndex` guards against stale tables. */
  tablePerson = -1;
  tableIndex: PersonIndex | null = null;
  tableVersion = -1;
  constructor(relatedness: Relatedness) {
    this.table = new SkillTable(relatedness);
  }
}

/** Load a person's skills into the scratch table (no-op when already loaded for this index version). */
export function loadPersonSkills(s: ScoreScratch, P: PersonIndex, pi: number): void {
  if (s.tablePerson === pi && s.tableIndex === P && s.tableVersion === P.version) return;
  s.table.reset();
  s.table.addRecords(P.skills.data, P.skills.start[pi], P.skills.count[pi], 3);
  s.tablePerson = pi;
  s.tableIndex = P;
  s.tableVersion = P.version;
}

/** Fill all eight components into `s.components` (facts must be computed: commute and schedule). */
export function computeComponents(s: ScoreScratch, P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, now: number): void {
  computeComponentsButSkills(s, P, pi, O, oi, now);
  skillsInto(s.table, O, oi, s.components, W.C_SKILLS);
}

/**
 * Every component except skills, the expensive one (it reads the opportunity's skill rows). Ranking
 * uses it for an upper bound (skills = 1) and skips the skills of options that cannot enter the top-k.
 */
export function computeComponentsButSkills(s: ScoreScratch, P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, now: number): void {
  const c = s.components;
  experienceInto(P, pi, O, oi, c, W.C_EXPERIENCE);
  c[W.C_LANGUAGE] = languageComponent(P, pi, O, oi);
  c[W.C_CREDENTIALS] = credentialsComponent(P, pi, O, oi);
  c[W.C_LOGISTICS] = logisticsComponent(P, pi, s.facts, O, oi);
  completionInto(P, pi, s.facts, O, oi, now, c, W.C_COMPLETION);
  c[W.C_ASPIRATION] = aspirationComponent(P, pi, O, oi);
  c[W.C_DEMAND] = O.demand[oi];
}

/** Weighted mean x 100 of `components`; completion is not weighted for jobs (not applicable). */
export function weightedScore(components: Float64Array, weights: Float64Array, kind: number): number {
  // Unrolled (the same additions in the same order as a loop over COMPONENTS would make).
  const c = components;
  const w = weights;
  let num = 0 + w[0] * c[0];
  let den = 0 + w[0];
  num += w[1] * c[1];
  den += w[1];
  num += w[2] * c[2];
  den += w[2];
  num += w[3] * c[3];
  den += w[3];
  num += w[4] * c[4];
  den += w[4];
  if (kind !== KIND_CODE.job) {
    num += w[5] * c[5];
    den += w[5];
  }
  num += w[6] * c[6];
  den += w[6];
  num += w[7] * c[7];
  den += w[7];
  return den > 0 ? (100 * num) / den : 0;
}

/**
 * Scores a pair that passed the gates (facts computed) unless even skills = 1 cannot reach `floor`
 * (the lowest score a full top-k keeps; -Infinity while it fills): then the skills, the expensive part
 * (the opportunity's skill rows and, in the employer view, loading the person's skill table), are never
 * read. Returns whether it scored; the score is in `s.score` and the components in `s.components`. Exact:
 * the score is the weighted mean of the same components in the same order as `scorePair`, and the bound
 * only grows with the skills component (weights are non-negative). `probe`: prepared for `oi` (the
 * employer view, many people against one opportunity), it gives the same skills component without
 * loading the person's table. `essential`: `essential[0]` already holds the pair's essential coverage from
 * the person's table (the pathway search computed it when the ranking loop added the job).
 */
export function scoreAboveFloor(
  s: ScoreScratch,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  oi: number,
  weights: Float64Array,
  now: number,
  floor: number,
  probe: RequiredSkillsProbe | null = null,
  essential: Float64Array | null = null,
): boolean {
  const c = s.components;
  const kind = O.kind[oi];
  computeComponentsButSkills(s, P, pi, O, oi, now);
  if (floor > -Infinity) {
    c[W.C_SKILLS] = 1;
    if (weightedScore(c, weights, kind) < floor) return false;
  }
  if (probe !== null && probe.usable) probe.skillsInto(P, pi, c, W.C_SKILLS);
  else {
    loadPersonSkills(s, P, pi);
    if (essential !== null) {
      c[W.C_SKILLS] = essential[0];
      addOptionalInto(s.table, O, oi, c, W.C_SKILLS);
    } else skillsInto(s.table, O, oi, c, W.C_SKILLS);
  }
  s.score = weightedScore(c, weights, kind);
  return true;
}

/**
 * Rank-time scoring: gates first with early exit; components only for pairs that pass.
 * Returns the score (0 when gated; the mask is in `s.gates`, the score also in `s.score`).
 */
export function scorePair(
  s: ScoreScratch,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  oi: number,
  weights: Float64Array,
  now: number,
  waitingList = false,
): number {
  s.gates = gateMask(P, pi, O, oi, now, s.facts, true, waitingList);
  if (s.gates !== 0) {
    s.score = 0;
    return 0;
  }
  // After the gates: the employer view visits many people and most fail a gate.
  loadPersonSkills(s, P, pi);
  computeComponents(s, P, pi, O, oi, now);
  s.score = weightedScore(s.components, weights, O.kind[oi]);
  return s.score;
}

/**
 * Full scoring function: every gate and every component, no early exit (the benchmark's unit of work,
 * and what "why not X?" shows). Results land in the scratch: `s.score` (0 when any gate fails),
 * `s.gates`, `s.components`. It returns nothing on purpose: a double returned from a call V8 does not
 * inline is boxed on the heap. No object or array is created per pair; what V8 may still box depends on
 * its inlining budget (see libs/matching/README.md, "Performance": measured with --trace-gc).
 */
export function scorePairFull(
  s: ScoreScratch,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  oi: number,
  weights: Float64Array,
  now: number,
): void {
  loadPersonSkills(s, P, pi);
  s.gates = gateMask(P, pi, O, oi, now, s.facts, false);
  computeComponents(s, P, pi, O, oi, now);
  const score = weightedScore(s.components, weights, O.kind[oi]);
  s.score = s.gates === 0 ? score : 0;
}

/** Component values as a plain record (for API responses; allocates). */
export function componentsRecord(components: Float64Array): W.Weights {
  const out = {} as W.Weights;
  W.COMPONENTS.forEach((name, i) => (out[name] = components[i]));
  return out;
}
