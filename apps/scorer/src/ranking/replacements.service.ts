import { Injectable } from '@nestjs/common';
import type { RankedReplacement, RankedReplacementsResult, SkippedReplacement } from '@app/contracts';
import { compareRanked, explainMatch, latestJoinDayOf, rankCandidates, type RankedCandidate } from '@app/matching';
import { CohortStore, epochDayToIso, ReplacementPlacements, replacementExclusion, todayEpochDay, type ReplacementTarget } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';
import { MatchingWork } from './matching-work.service';
import { reachableCourses } from './reachable-courses';
import { ReasonRefs } from './reason-refs';

/** Someone the job looks at, in the order of the list: the waiting list first, then by rank. */
interface Considered {
  personId: string;
  source: RankedReplacement['source'];
  waitingListPosition: number | null;
}

/**
 * Replacements for a freed seat (the `rank.replacements` job): people on the programme's cohort waiting
 * list first, in list order, then the best ranked of everyone else; everyone listed can start by the
 * window's last day (jobs, which have no window: today) and passes every gate today. Never someone who
 * holds a seat of it or dropped out of it, nor someone placed elsewhere at the same dates and hours
 * (replacementExclusion, placements read in one query). Whoever is left out is returned with the reason,
 * so the response can say how many and why. The HTTP side filters consent to be visible and masks.
 */
@Injectable()
export class ReplacementsService {
  constructor(
    private readonly index: ScorerIndex,
    private readonly work: MatchingWork,
    private readonly cohorts: CohortStore,
    private readonly placements: ReplacementPlacements,
  ) {}

  async rank(opportunityId: string, limit: number): Promise<RankedReplacementsResult> {
    const slot = await this.work.reloadOpportunity(opportunityId);
    const ix = this.index;
    const computedAt = new Date().toISOString();
    const now = todayEpochDay();
    if (slot < 0) return { opportunityId, indexVersion: ix.version, computedAt, windowEnd: null, canStartBy: epochDayToIso(now), results: [], skipped: [] };
    const programme = ix.opportunities.source[slot]!;
    const joinBy = latestJoinDayOf(programme);
    // The engine's own window (as its programme_started gate); a job has none, and takes who can start today.
    const canStartBy = Number.isFinite(joinBy) ? Math.floor(joinBy) : now;
    const waiting = await this.cohorts.waitingList(opportunityId);
    const pool = limit + waiting.length;
    const order = this.considered(slot, waiting, pool, canStartBy, !Number.isFinite(joinBy), now);
    const placements = await this.placements.of(opportunityId, order.map((c) => c.personId), now);
    // A missing start date is the index's "today" (opportunityToEngine), no duration is open-ended.
    const target: ReplacementTarget = { opportunityId, canStartBy, commitment: { start: programme.startDate, end: programme.endDate ?? Infinity, week: programme.schedule } };
    const results: RankedReplacement[] = [];
    const skipped: SkippedReplacement[] = [];
    for (const c of order) {
      const skip = (reason: SkippedReplacement['reason']) => skipped.push({ personId: c.personId, source: c.source, reason, before: results.length });
      const pi = ix.people.slotOf(c.personId);
      // Not indexed (only waiting-list people can be): the start day is unknown, the placements still tell.
      const excluded = replacementExclusion({ earliestStart: pi < 0 ? -Infinity : ix.people.earliestStart[pi], placements: placements.get(c.personId) ?? [] }, target);
      if (excluded) {
        skip(excluded);
        continue;
      }
      const scored = pi < 0 ? null : this.work.scoredPerson(slot, c.personId, now);
      if (!scored) {
        skip('notEligible'); // a waiting-list person no longer rankable or gated out today (e.g. a permit expired)
        continue;
      }
      results.push({ ...scored, source: c.source, waitingListPosition: c.waitingListPosition });
    }
    // Why each fits (the engine's reasons; the HTTP side keeps what an employer may see), as for candidates.
    const refs = new ReasonRefs();
    for (const r of results) {
      const pi = ix.people.slotOf(r.personId);
      const reasons = explainMatch(ix.scratch.score, ix.people, pi, ix.opportunities, slot, { now, trainingsForSkill: reachableCourses(ix, ix.people, pi, now) });
      refs.add(reasons);
      r.reasons = reasons as unknown as Array<Record<string, unknown>>;
    }
    const taxonomy = ix.taxonomy.snapshot;
    return {
      opportunityId,
      indexVersion: ix.version,
      computedAt,
      windowEnd: Number.isFinite(joinBy) ? epochDayToIso(canStartBy) : null,
      canStartBy: epochDayToIso(canStartBy),
      results,
      skipped,
      skillUris: refs.skillUris(taxonomy),
      occupationUris: refs.occupationUris(taxonomy),
      courseTitles: refs.courseTitles(ix.trainings),
    };
  }

  /**
   * The waiting list in its order, then the best `pool` who fit and can start by `canStartBy`. For a job
   * the engine lets anyone start later (no window), so the start day is stricter than its gates: the
   * best who fit but cannot start in time are merged in by rank (those ahead of the last one who can,
   * when the pool is full) so they are reported, not dropped silently. Programmes gate them already.
   */
  private considered(slot: number, waiting: ReadonlyArray<{ profileId: string; position: number }>, pool: number, canStartBy: number, countLate: boolean, now: number): Considered[] {
    const ix = this.index;
    const seen = new Set<string>();
    const out: Considered[] = [];
    for (const w of waiting) {
      if (seen.has(w.profileId)) continue;
      seen.add(w.profileId);
      out.push({ personId: w.profileId, source: 'waiting_list', waitingListPosition: w.position });
    }
    const ranked = rankCandidates(ix.scratch, ix.opportunities, slot, ix.people, { now, limit: pool, availableBy: canStartBy }).results;
    let byRank: RankedCandidate[] = ranked;
    if (countLate) {
      const last = ranked.length === pool ? ranked[ranked.length - 1] : undefined;
      const late = rankCandidates(ix.scratch, ix.opportunities, slot, ix.people, { now, limit: pool }).results.filter(
        (c) => ix.people.earliestStart[ix.people.slotOf(c.personId)] > canStartBy && (!last || compareRanked(c.score, c.personId, last.score, last.personId) < 0),
      );
      byRank = [...ranked, ...late].sort((a, b) => compareRanked(a.score, a.personId, b.score, b.personId));
    }
    for (const c of byRank) {
      if (seen.has(c.personId)) continue;
      seen.add(c.personId);
      out.push({ personId: c.personId, source: 'ranked', waitingListPosition: null });
    }
    return out;
  }
}
