import { Injectable } from '@nestjs/common';
import { compileWeights, DEFAULT_WEIGHTS, explainMatch, gateMask, gateReasons, PairFacts, scorePair, TopK, type Reason } from '@app/matching';
import type { UnreachableAttendee } from '@app/contracts';
import { MatchingReads, ProfileRepository, todayEpochDay, type StoredEdge } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';
import { reachableCourses } from '../ranking/reachable-courses';
import { ReasonRefs } from '../ranking/reason-refs';

/** Candidate edges kept per attendee (the allocator's top-k): enough for any sensible cap, small enough for 10k x 1k fairs. */
export const TOP_K_PER_ATTENDEE = 25;

/**
 * Scoring for fairs and cohorts with the scorer's compiled index (the issue-6 index and mapping: no second
 * mapping layer). The engine sees what it sees for recommendations: never gender or nationality.
 */
@Injectable()
export class FairScoring {
  constructor(
    private readonly index: ScorerIndex,
    private readonly reads: MatchingReads,
    private readonly profiles: ProfileRepository,
  ) {}

  /**
   * Applies the current rows of these people and opportunities to the index first: a fair is often set
   * up minutes before its shortlists are asked for, quicker than the outbox events arrive.
   */
  async refresh(profileIds: readonly string[], opportunityIds: readonly string[]): Promise<void> {
    await this.index.ready();
    const today = todayEpochDay();
    for (const row of await this.reads.opportunities(opportunityIds)) this.index.applyOpportunity(row, row.version, today);
    for (const view of await this.profiles.loadMatchingView([...profileIds])) this.index.applyPerson(view);
  }

  /**
   * Every (person, opportunity) pair that passes every gate and scores at least `minScore`, best `topK`
   * per person; and, for each attendee left without any pair, why (not scorable, every opportunity gated
   * with the count per gate, or passing ones all below the minimum score). Synchronous and bounded by the
   * chunk (a few hundred people), so lock renewal keeps up.
   */
  score(profileIds: readonly string[], opportunityIds: readonly string[], minScore: number, topK = TOP_K_PER_ATTENDEE): { edges: StoredEdge[]; notIndexed: number; unreachable: UnreachableAttendee[] } {
    const ix = this.index;
    const P = ix.people;
    const O = ix.opportunities;
    const now = todayEpochDay();
    const weights = compileWeights(DEFAULT_WEIGHTS);
    const s = ix.scratch.score;
    const slots = opportunityIds.map((id) => O.slotOf(id));
    const edges: StoredEdge[] = [];
    const unreachable: UnreachableAttendee[] = [];
    let notIndexed = 0;
    const keep = new TopK(Math.max(1, topK));
    for (const profileId of profileIds) {
      const pi = P.slotOf(profileId);
      if (pi < 0) {
        notIndexed++;
        unreachable.push({ profileId, why: 'not_scorable', gates: {}, eligibleOpportunities: 0 });
        continue;
      }
      keep.reset(opportunityIds);
      let eligible = 0;
      slots.forEach((oi, k) => {
        if (oi < 0) return;
        const score = scorePair(s, P, pi, O, oi, weights, now);
        if (s.gates === 0) eligible++;
        if (s.gates === 0 && score >= minScore) keep.offer(k, score);
      });
      const kept = keep.sorted();
      for (const { slot, score } of kept) edges.push({ profileId, opportunityId: opportunityIds[slot], score: clampScore(score) });
      if (kept.length === 0) unreachable.push({ profileId, why: eligible > 0 ? 'below_min_score' : 'no_eligible_opportunity', gates: eligible > 0 ? {} : this.gateCounts(pi, slots, now), eligibleOpportunities: eligible });
    }
    return { edges, notIndexed, unreachable };
  }

  /** Every failing gate over the fair's opportunities for one attendee (all gates of each pair, not only the first). */
  private gateCounts(pi: number, slots: readonly number[], now: number): Record<string, number> {
    const facts = new PairFacts();
    const out: Record<string, number> = {};
    for (const oi of slots) {
      if (oi < 0) continue;
      for (const g of gateReasons(gateMask(this.index.people, pi, this.index.opportunities, oi, now, facts, false))) out[g] = (out[g] ?? 0) + 1;
    }
    return out;
  }

  /** Reason codes of one pair (as recommendations store them); what they name is collected into `refs`. */
  explain(profileId: string, opportunityId: string, refs: ReasonRefs): Reason[] {
    const ix = this.index;
    const pi = ix.people.slotOf(profileId);
    const oi = ix.opportunities.slotOf(opportunityId);
    if (pi < 0 || oi < 0) return [];
    const now = todayEpochDay();
    const reasons = explainMatch(ix.scratch.score, ix.people, pi, ix.opportunities, oi, { now, trainingsForSkill: reachableCourses(ix, ix.people, pi, now) });
    refs.add(reasons);
    return reasons;
  }

  /** Whether the index holds the opportunity (open or filled). */
  isIndexed(opportunityId: string): boolean {
    return this.index.opportunities.slotOf(opportunityId) >= 0;
  }

  /** Taxonomy ids -> ESCO URIs, stored with the reasons so a later taxonomy load cannot mislabel them. */
  uris(refs: ReasonRefs): { skills: Record<string, string>; occupations: Record<string, string> } {
    const taxonomy = this.index.taxonomy.snapshot;
    return { skills: refs.skillUris(taxonomy), occupations: refs.occupationUris(taxonomy) };
  }
}

/** Stored scores: 0..100 (the allocator's contract), three decimals so two processes never differ by float noise. */
function clampScore(x: number): number {
  return Math.min(100, Math.max(0, Math.round(x * 1000) / 1000));
}
