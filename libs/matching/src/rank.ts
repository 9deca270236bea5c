/**
 * Ranking. One person against the opportunity index (case manager view): place first (spatial grid by
 * commute reach, plus remote/unlocated lists), then the cheap flag gates, commute, schedule, language,
 * then every component but skills; the candidates are then fully scored in decreasing upper-bound order
 * until no bound can enter a fixed-size top-k (score desc, id asc; bound-order.ts, docs/matching.md).
 * Trainings and apprenticeships are re-ranked by fit x pathway value (completion is a component of fit),
 * valued only while they can still enter the list (lazy-pathways.ts).
 *
 * One opportunity against the person index (employer view): `rankCandidates`.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import * as C from './compile/codes';
import { forEachCandidateOpportunity, forEachCandidatePerson } from './candidates';
import { gateMask, gateReasons, type GateReason } from './gates';
import type { OpportunityKind } from './model';
import { PathwaySearch } from './pathway-search';
import { pathwayMultiplier, type PathwayResult } from './pathways';
import { BoundedCandidates } from './bounded-candidates';
import { evaluateLazily } from './lazy-pathways';
import { scoreInBoundOrder, type BoundedWork } from './bound-order';
import * as W from './weights';
import { componentsRecord, computeComponentsButSkills, loadPersonSkills, scoreAboveFloor, scorePair, ScoreScratch, weightedScore } from './score';
import { compareRanked, TopK } from './top-k';
import type { Relatedness } from './relatedness';
import { compileWeights, DEFAULT_WEIGHTS, mergeWeights, type Weights } from './weights';
import { PairFacts } from './pair-facts';
import { RequiredSkillsProbe } from './required-skills-probe';

export const DEFAULT_LIMIT = 20;

export interface RankOptions {
  /** Epoch day "today". */
  now: number;
  kinds?: OpportunityKind[];
  limit?: number;
  /**
   * Waiting-list options: opportunities without a free seat are ranked too (capacity is not a gate for
   * them) and marked `waitingList`; they are never counted as vacancies a programme unlocks.
   */
  waitingList?: boolean;
  /** Deployment weights (default DEFAULT_WEIGHTS) ... */
  baseWeights?: Weights;
  /** ... overridden per request. */
  weights?: Partial<Weights>;
  /** Compute pathway values for programmes (default true). */
  pathways?: boolean;
  /** Programmes whose pathway value is computed: the best `pathwayPool` by fit. Default max(50, 3 x limit). */
  pathwayPool?: number;
  /**
   * `limit` per kind instead of overall: the top `limit` of each kind asked for, in
   * one pass over the candidates, identical to one call per kind (the scorer stores every kind's top page).
   */
  perKind?: boolean;
}

export interface PathwayInfo {
  value: number;
  normalised: number;
  /** Ids of the open vacancies the programme newly qualifies the person for, ascending. */
  unlockedOpportunityIds: string[];
  selfEmployment: boolean;
}

export interface RankedOpportunity {
  opportunityId: string;
  kind: OpportunityKind;
  /** 0..100: the weighted score. */
  score: number;
  /** What the list is sorted by: score, times the pathway multiplier for programmes. */
  rankScore: number;
  components: Weights;
  pathway: PathwayInfo | null;
  /** Ranked although it has no free seat: the caller asked for waiting-list options. */
  waitingList: boolean;
}

export interface RankResult {
  indexVersion: number;
  results: RankedOpportunity[];
  /** Candidates visited after the prefilter (grid cells in reach; per point reach, flag, capacity and date checks) (for metrics). */
  considered: number;
}

/** Work done by one ranking. */
export interface RankingWork extends BoundedWork {
  /** Candidates visited after the prefilter (as `RankResult.considered`). */
  considered: number;
  /** Programmes whose pathway value was computed. */
  pathwayEvaluations: number;
}

/** Reusable buffers for ranking; one per worker thread. */
export class RankScratch {
  readonly score: ScoreScratch;
  readonly search: PathwaySearch;
  /** The employer view's skills for one opportunity across many people (no per-person table). */
  readonly probe: RequiredSkillsProbe;
  /** The gated-in candidates of the current ranking with their bounds. */
  readonly candidates = new BoundedCandidates();
  /** What the last `rankOpportunities` did (benchmark and metrics): see `RankingWork`. */
  lastWork: RankingWork = { considered: 0, essentialReads: 0, fullEvaluations: 0, pathwayEvaluations: 0 };
  private readonly heaps = new Map<number, TopK>();
  constructor(relatedness: Relatedness) {
    this.score = new ScoreScratch(relatedness);
    this.search = new PathwaySearch(relatedness);
    this.probe = new RequiredSkillsProbe(relatedness);
  }
  heap(k: number, which: 'a' | 'b' | 'c'): TopK {
    const key = k * 3 + (which === 'a' ? 0 : which === 'b' ? 1 : 2);
    let h = this.heaps.get(key);
    if (!h) this.heaps.set(key, (h = new TopK(k)));
    return h;
  }
}

export function kindsMask(kinds?: OpportunityKind[]): number {
  if (!kinds || kinds.length === 0) return C.ALL_KINDS_MASK;
  let m = 0;
  for (const k of kinds) m |= C.kindBit(C.KIND_CODE[k]);
  return m;
}

export function rankOpportunities(
  scratch: RankScratch,
  P: PersonIndex,
  pi: number,
  O: OpportunityIndex,
  options: RankOptions,
): RankResult {
  const now = options.now;
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const mask = kindsMask(options.kinds);
  const weights = compileWeights(mergeWeights(options.baseWeights ?? DEFAULT_WEIGHTS, options.weights));
  const withPathways = options.pathways !== false && (mask & ~C.kindBit(C.KIND_CODE.job)) !== 0;
  const pool = Math.max(options.pathwayPool ?? Math.max(50, 3 * limit), limit);
  const s = scratch.score;
  const perKind = options.perKind === true;
  const jobs = scratch.heap(limit, 'a');
  // Programmes share one heap, or (per kind) apprenticeships keep 'b' and trainings 'c'.
  const programmes = scratch.heap(withPathways ? pool : limit, 'b');
  const trainings = perKind ? scratch.heap(withPathways ? pool : limit, 'c') : programmes;
  jobs.reset(O.slots.ids);
  programmes.reset(O.slots.ids);
  trainings.reset(O.slots.ids);
  const search = scratch.search;
  search.reset();
  const waitingList = options.waitingList === true;
  let considered = 0;
  loadPersonSkills(s, P, pi);
  const c = s.components;
  const candidates = scratch.candidates;
  candidates.reset();

  // Scan: gates, and every component but skills (the expensive one: it reads the opportunity's skill
  // rows), so each candidate gets an upper bound (skills = 1) before anything is fully scored.
  forEachCandidateOpportunity(P, pi, O, (oi) => {
    if (!(O.flags[oi] & C.OF_LIVE)) return;
    const kind = O.kind[oi];
    const isJob = kind === C.KIND_CODE.job;
    const wanted = (mask & C.kindBit(kind)) !== 0;
    // Jobs outside the kinds filter still matter: they are what programmes unlock.
    if (!wanted && !(withPathways && isJob)) return;
    considered++;
    s.gates = gateMask(P, pi, O, oi, now, s.facts, true, waitingList);
    if (s.gates !== 0) return;
    // A job without a free seat (ranked as a waiting-list option) is not one a programme unlocks.
    const added = isJob && withPathways && O.booked[oi] < O.capacity[oi];
    if (added) search.addJob(oi, O, s.table);
    if (!wanted) return;
    computeComponentsButSkills(s, P, pi, O, oi, now);
    c[W.C_SKILLS] = 1;
    // A job the pathway search just added has its essential coverage computed already (same table, same sum).
    candidates.push(oi, c, weightedScore(c, weights, kind), added ? search.lastBaseCoverage[0] : NaN);
  }, now, waitingList);

  const work = scoreInBoundOrder(s, O, weights, candidates, { jobs, programmes, trainings }, !perKind);
  const describe = (oi: number, score: number, rankScore: number, pathway: PathwayInfo | null): RankedOpportunity => {
    // Recompute the components of a kept entry (the scratch holds only the last pair's).
    scorePair(s, P, pi, O, oi, weights, now, waitingList);
    return {
      opportunityId: O.idOf(oi),
      kind: C.KIND_BY_CODE[O.kind[oi]],
      score,
      rankScore,
      components: componentsRecord(s.components),
      pathway,
      waitingList: O.booked[oi] >= O.capacity[oi],
    };
  };
  interface Entry {
    slot: number;
    score: number;
    rankScore: number;
    pathway: PathwayResult | null;
  }
  const jobEntries: Entry[] = jobs.sorted().map(({ slot, score }) => ({ slot, score, rankScore: score, pathway: null }));
  const programmeGroups = perKind ? [programmes.sorted(), trainings.sorted()] : [programmes.sorted()];
  // Pathway values only for programmes that can still enter their list; the others are left out of it.
  let pathwayEvaluations = 0;
  const groupEntries: Entry[][] = programmeGroups.map((group) => {
    if (!withPathways) return group.map(({ slot, score }) => ({ slot, score, rankScore: score, pathway: null }));
    const lazy = evaluateLazily(search, s.table, P, pi, O, group, perKind ? [] : jobEntries.map((e) => e.score), limit);
    pathwayEvaluations += lazy.evaluated;
    const out: Entry[] = [];
    for (const { slot, score } of group) {
      const p = lazy.values.get(slot);
      if (p) out.push({ slot, score, rankScore: score * pathwayMultiplier(p.normalised), pathway: p });
    }
    return out;
  });
  const byRank = (a: Entry, b: Entry) => compareRanked(a.rankScore, O.idOf(a.slot), b.rankScore, O.idOf(b.slot));
  let kept: Entry[];
  if (perKind) kept = [...jobEntries, ...groupEntries.flatMap((g) => g.sort(byRank).slice(0, limit))].sort(byRank);
  else kept = [...jobEntries, ...groupEntries[0]].sort(byRank).slice(0, limit);
  // Explanations (components) only for what is returned.
  const results = kept.map(({ slot, score, rankScore, pathway: p }) => {
    const info: PathwayInfo | null = p
      ? { value: p.value, normalised: p.normalised, unlockedOpportunityIds: p.unlockedSlots.map((j) => O.idOf(j)).sort(), selfEmployment: p.selfEmployment }
      : null;
    return describe(slot, score, rankScore, info);
  });
  scratch.lastWork = { considered, ...work, pathwayEvaluations };

  return { indexVersion: O.version, results, considered };
}

/** "Why not X?": every failing gate for one pair (empty when X passes every gate). */
export function whyNot(P: PersonIndex, pi: number, O: OpportunityIndex, oi: number, now: number): GateReason[] {
  return gateReasons(gateMask(P, pi, O, oi, now, new PairFacts(), false));
}

export interface CandidateOptions {
  now: number;
  limit?: number;
  baseWeights?: Weights;
  weights?: Partial<Weights>;
  /** Replacements: only people whose earliest start is on or before this epoch day. */
  availableBy?: number;
}

export interface RankedCandidate {
  personId: string;
  score: number;
}

/**
 * Employer view: people who pass every gate for opportunity `oi`, best first (score desc, id asc).
 * Ids and scores only; the caller filters consent and masks personal data.
 */
export function rankCandidates(
  scratch: RankScratch,
  O: OpportunityIndex,
  oi: number,
  P: PersonIndex,
  options: CandidateOptions,
): { indexVersion: number; results: RankedCandidate[] } {
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const weights = compileWeights(mergeWeights(options.baseWeights ?? DEFAULT_WEIGHTS, options.weights));
  const heap = scratch.heap(limit, 'a');
  heap.reset(P.slots.ids);
  const s = scratch.score;
  const availableBy = options.availableBy ?? Infinity;
  // Full, past its deadline or its late-join day: those gates fail for everyone.
  const closed = O.booked[oi] >= O.capacity[oi] || options.now > O.deadline[oi] || options.now > O.joinBy[oi];
  if (O.flags[oi] & C.OF_LIVE && !closed) {
    const probe = scratch.probe;
    probe.prepare(O, oi);
    forEachCandidatePerson(O, oi, P, (pi) => {
      if (availableBy !== Infinity && P.earliestStart[pi] > availableBy) return; // no extra read per person unless asked
      s.gates = gateMask(P, pi, O, oi, options.now, s.facts, true);
      if (s.gates !== 0) return;
      // The ranking's upper bound, person side: most people in a metro (or the whole country, for a
      // remote vacancy) cannot enter a full top-k even with every skill, so their skills are never read;
      // the others' skills come from the probe (only the ~20 keys this opportunity reads, no table per person).
      if (scoreAboveFloor(s, P, pi, O, oi, weights, options.now, heap.floor(), probe)) heap.offer(pi, s.score);
    }, options.now);
  }
  return {
    indexVersion: P.version,
    results: heap.sorted().map(({ slot, score }) => ({ personId: P.idOf(slot), score })),
  };
}
