import { Injectable } from '@nestjs/common';
import type { RankedReplacement, RankedReplacementsResult } from '@app/contracts';
import { latestJoinDayOf, rankCandidates } from '@app/matching';
import { CohortStore, epochDayToIso, todayEpochDay } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';
import { MatchingWork } from './matching-work.service';

/**
 * Replacements for a freed seat (the `rank.replacements` job): people on the programme's cohort waiting
 * list first, in list order, then the best ranked of everyone else who can start today (`availableBy`).
 * Everyone listed passes every gate today; the HTTP side filters consent to be visible and masks.
 */
@Injectable()
export class ReplacementsService {
  constructor(
    private readonly index: ScorerIndex,
    private readonly work: MatchingWork,
    private readonly cohorts: CohortStore,
  ) {}

  async rank(opportunityId: string, limit: number): Promise<RankedReplacementsResult> {
    const slot = await this.work.reloadOpportunity(opportunityId);
    const ix = this.index;
    const computedAt = new Date().toISOString();
    if (slot < 0) return { opportunityId, indexVersion: ix.version, computedAt, windowEnd: null, results: [] };
    const now = todayEpochDay();
    const joinBy = latestJoinDayOf(ix.opportunities.source[slot]!);
    const results: RankedReplacement[] = [];
    const listed = new Set<string>();
    for (const w of await this.cohorts.waitingList(opportunityId)) {
      const pi = ix.people.slotOf(w.profileId);
      if (pi < 0 || ix.people.earliestStart[pi] > now) continue; // consent withdrawn since, or not free yet
      const scored = this.work.scoredPerson(slot, w.profileId, now);
      if (!scored) continue; // gated out today (e.g. placed elsewhere changed nothing here, but a permit expired)
      results.push({ ...scored, source: 'waiting_list', waitingListPosition: w.position });
      listed.add(w.profileId);
    }
    const ranked = rankCandidates(ix.scratch, ix.opportunities, slot, ix.people, { now, limit: limit + listed.size, availableBy: now });
    for (const c of ranked.results) {
      if (results.length >= limit + listed.size) break;
      if (listed.has(c.personId)) continue;
      const scored = this.work.scoredPerson(slot, c.personId, now);
      if (scored) results.push({ ...scored, source: 'ranked', waitingListPosition: null });
    }
    return { opportunityId, indexVersion: ix.version, computedAt, windowEnd: Number.isFinite(joinBy) ? epochDayToIso(Math.floor(joinBy)) : null, results };
  }
}
