import { Injectable } from '@nestjs/common';
import { compileWeights, DEFAULT_WEIGHTS, explainMatch, scorePair, TopK, type Reason } from '@app/matching';
import { MatchingReads, ProfileRepository, todayEpochDay, type StoredEdge } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';

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
    for (const row of await this.reads.opportunities(opportunityIds)) this.index.applyOpportunity(row, row.version, today, row.createdAt);
    for (const view of await this.profiles.loadMatchingView([...profileIds])) this.index.applyPerson(view);
  }

  /**
   * Every (person, opportunity) pair that passes every gate and scores at least `minScore`, best `topK`
   * per person. Synchronous and bounded by the chunk (a few hundred people), so lock renewal keeps up.
   */
  score(profileIds: readonly string[], opportunityIds: readonly string[], minScore: number, topK = TOP_K_PER_ATTENDEE): { edges: StoredEdge[]; notIndexed: number } {
    const ix = this.index;
    const P = ix.people;
    const O = ix.opportunities;
    const now = todayEpochDay();
    const weights = compileWeights(DEFAULT_WEIGHTS);
    const s = ix.scratch.score;
    const slots = opportunityIds.map((id) => O.slotOf(id));
    const edges: StoredEdge[] = [];
    let notIndexed = 0;
    const keep = new TopK(Math.max(1, topK));
    for (const profileId of profileIds) {
      const pi = P.slotOf(profileId);
      if (pi < 0) {
        notIndexed++;
        continue;
      }
      keep.reset(opportunityIds);
      slots.forEach((oi, k) => {
        if (oi < 0) return;
        const score = scorePair(s, P, pi, O, oi, weights, now);
        if (s.gates === 0 && score >= minScore) keep.offer(k, score);
      });
      for (const { slot, score } of keep.sorted()) edges.push({ profileId, opportunityId: opportunityIds[slot], score: clampScore(score) });
    }
    return { edges, notIndexed };
  }

  /** Reason codes of one pair (as recommendations store them); skill ids are collected into `skillIds`. */
  explain(profileId: string, opportunityId: string, skillIds: Set<number>): Reason[] {
    const ix = this.index;
    const pi = ix.people.slotOf(profileId);
    const oi = ix.opportunities.slotOf(opportunityId);
    if (pi < 0 || oi < 0) return [];
    const reasons = explainMatch(ix.scratch.score, ix.people, pi, ix.opportunities, oi, { now: todayEpochDay(), trainingsForSkill: (skill) => ix.trainings.covering(skill) });
    for (const r of reasons) {
      if (r.code === 'skills_matched') r.skillIds.forEach((id) => skillIds.add(id));
      else if (r.code === 'skills_missing') r.skills.forEach((k) => skillIds.add(k.skillId));
    }
    return reasons;
  }

  /** Whether the index holds the opportunity (open or filled). */
  isIndexed(opportunityId: string): boolean {
    return this.index.opportunities.slotOf(opportunityId) >= 0;
  }

  /** Skill id -> ESCO URI, stored with the reasons so a later taxonomy load cannot mislabel them. */
  skillUris(skillIds: Set<number>): Record<string, string> {
    const uris = this.index.taxonomy.snapshot.skills.uris;
    const out: Record<string, string> = {};
    for (const id of [...skillIds].sort((a, b) => a - b)) if (uris[id]) out[String(id)] = uris[id];
    return out;
  }
}

/** Stored scores: 0..100 (the allocator's contract), three decimals so two processes never differ by float noise. */
function clampScore(x: number): number {
  return Math.min(100, Math.max(0, Math.round(x * 1000) / 1000));
}
