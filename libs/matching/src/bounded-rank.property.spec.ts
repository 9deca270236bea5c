/**
 * The bounded ranking (full scoring in bound order, stopped at the first bound below the k-th exact
 * score; pathway values only for programmes that can still enter) against brute force: every
 * opportunity fully scored, every pooled programme's pathway value computed, then today's definition of
 * the list. Compared exactly (ids, order, scores, components, pathway values), with small limits and
 * pools so the heaps fill early and the bounds prune most candidates, and with duplicated opportunities
 * under other ids so equal scores must break on the id. A bound that under-states a score drops a
 * candidate that belongs in the list, and this fails.
 */
import fc from 'fast-check';
import { KIND_BY_CODE, KIND_CODE } from './compile/codes';
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import type { EngineOpportunity } from './model';
import { collectNearMissJobs, NearMissJobs, PathwayScratch, pathwayMultiplier, pathwayValue } from './pathways';
import { rankOpportunities, RankScratch, type RankedOpportunity } from './rank';
import { componentsRecord, loadPersonSkills, scorePair, ScoreScratch } from './score';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { DAY0, world } from './testing/builders';
import { compareRanked } from './top-k';
import { compileWeights, DEFAULT_WEIGHTS } from './weights';

const W = compileWeights(DEFAULT_WEIGHTS);

interface Options {
  limit: number;
  pool: number;
  perKind: boolean;
  pathways: boolean;
}

/** Today's definition of the list, from every opportunity fully scored. */
function bruteForce(P: PersonIndex, O: OpportunityIndex, { limit, pool, perKind, pathways }: Options): RankedOpportunity[] {
  const s = new ScoreScratch(SMALL_TAXONOMY);
  loadPersonSkills(s, P, 0);
  const near = new NearMissJobs();
  collectNearMissJobs(s.table, P, 0, O, DAY0, near);
  const ps = new PathwayScratch(SMALL_TAXONOMY);
  const scored: Array<{ oi: number; id: string; score: number }> = [];
  for (let oi = 0; oi < O.slots.highWater; oi++) {
    if (O.slots.ids[oi] === null) continue;
    const score = scorePair(s, P, 0, O, oi, W, DAY0);
    if (s.gates === 0) scored.push({ oi, id: O.idOf(oi), score });
  }
  const byFit = (a: { id: string; score: number }, b: { id: string; score: number }) => compareRanked(a.score, a.id, b.score, b.id);
  const kinds = (...ks: number[]) => scored.filter((x) => ks.includes(O.kind[x.oi])).sort(byFit);
  const entry = (x: { oi: number; id: string; score: number }, programme: boolean): RankedOpportunity => {
    const p = programme && pathways ? pathwayValue(ps, P, 0, O, x.oi, near) : null;
    scorePair(s, P, 0, O, x.oi, W, DAY0);
    return {
      opportunityId: x.id,
      kind: KIND_BY_CODE[O.kind[x.oi]],
      score: x.score,
      rankScore: p ? x.score * pathwayMultiplier(p.normalised) : x.score,
      components: componentsRecord(s.components),
      pathway: p && { value: p.value, normalised: p.normalised, unlockedOpportunityIds: p.unlockedSlots.map((j) => O.idOf(j)).sort(), selfEmployment: p.selfEmployment },
      waitingList: false,
    };
  };
  const byRank = (a: RankedOpportunity, b: RankedOpportunity) => compareRanked(a.rankScore, a.opportunityId, b.rankScore, b.opportunityId);
  const size = pathways ? Math.max(pool, limit) : limit;
  const jobs = kinds(KIND_CODE.job).slice(0, limit).map((x) => entry(x, false));
  const top = (xs: RankedOpportunity[]) => xs.sort(byRank).slice(0, limit);
  if (!perKind) return top([...jobs, ...kinds(KIND_CODE.apprenticeship, KIND_CODE.training).slice(0, size).map((x) => entry(x, true))]);
  const apprenticeships = top(kinds(KIND_CODE.apprenticeship).slice(0, size).map((x) => entry(x, true)));
  const trainings = top(kinds(KIND_CODE.training).slice(0, size).map((x) => entry(x, true)));
  return [...jobs, ...apprenticeships, ...trainings].sort(byRank);
}

/** The world with some opportunities repeated under other ids: equal scores, broken on the id. */
function withTwins(opportunities: EngineOpportunity[], twins: number[]): EngineOpportunity[] {
  const copies = twins.filter((i) => i < opportunities.length).map((i, k) => ({ ...opportunities[i], id: `t${k}-${opportunities[i].id}` }));
  return [...opportunities, ...copies];
}

describe('bounded ranking equals brute force exactly', () => {
  it('on random people and opportunities, with ties, small limits and pools, per kind or not', () => {
    let pruned = 0;
    let pathwaysSkipped = 0;
    fc.assert(
      fc.property(
        worldArb(1, 60),
        fc.array(fc.integer({ min: 0, max: 59 }), { maxLength: 15 }),
        fc.record({ limit: fc.integer({ min: 0, max: 8 }), pool: fc.integer({ min: 0, max: 12 }), perKind: fc.boolean(), pathways: fc.boolean() }),
        ({ people, opportunities }, twins, options) => {
          const { P, O } = world(people, withTwins(opportunities, twins), SMALL_TAXONOMY);
          const scratch = new RankScratch(SMALL_TAXONOMY);
          const got = rankOpportunities(scratch, P, 0, O, { now: DAY0, limit: options.limit, pathwayPool: options.pool, perKind: options.perKind, pathways: options.pathways });
          expect(got.results).toEqual(bruteForce(P, O, options));
          const work = scratch.lastWork;
          if (work.fullEvaluations < work.considered) pruned++;
          if (options.pathways && work.pathwayEvaluations < Math.max(options.pool, options.limit)) pathwaysSkipped++;
        },
      ),
      { numRuns: 400, seed: 19 },
    );
    // The property did exercise the bounds: candidates were left unscored, programmes left unvalued.
    expect(pruned).toBeGreaterThan(50);
    expect(pathwaysSkipped).toBeGreaterThan(20);
  });
});
