import { Injectable } from '@nestjs/common';
import { allocateCohort, buildAllocationInput } from '@app/matching';
import { CohortStore, type CohortReport, type CohortSeatRow } from '@app/persistence';
import { FairScoring } from './fair-scoring.service';

/**
 * Cohort fill: one seat per person across several programmes (coverage first: place as many people as
 * possible, then the best total fit), seats = capacity - booked now; every eligible person not placed in
 * a programme goes on its waiting list in score order, for replacements.
 */
@Injectable()
export class CohortFill {
  constructor(
    private readonly store: CohortStore,
    private readonly scoring: FairScoring,
  ) {}

  async run(cohortId: string): Promise<CohortReport | null> {
    const work = await this.store.load(cohortId);
    if (!work) return null; // deleted since: nothing to do
    await this.store.markAllocating(cohortId);
    await this.scoring.refresh(work.profileIds, work.opportunityIds);
    const seatsLeft = await this.store.seatsLeft(work.opportunityIds);
    const { edges, notIndexed } = this.scoring.score(work.profileIds, work.opportunityIds, work.minScore, work.opportunityIds.length);
    const person = new Map(work.profileIds.map((id, i) => [id, i]));
    const programme = new Map(work.opportunityIds.map((id, i) => [id, i]));
    const input = buildAllocationInput({
      attendeeCount: work.profileIds.length,
      opportunitySlots: work.opportunityIds.map((id) => Math.max(0, seatsLeft.get(id) ?? 0)),
      perAttendeeCap: 1,
      minScore: work.minScore,
      edges: edges.map((e) => ({ attendee: person.get(e.profileId)!, opportunity: programme.get(e.opportunityId)!, score: e.score })),
    });
    const { allocation, programmes } = allocateCohort(input);
    const seats: CohortSeatRow[] = programmes.flatMap((p) => {
      const opportunityId = work.opportunityIds[p.programme];
      return [
        ...p.placed.map((s, i) => ({ opportunityId, profileId: work.profileIds[s.person], status: 'placed' as const, position: i + 1, score: s.score })),
        ...p.waitingList.map((s, i) => ({ opportunityId, profileId: work.profileIds[s.person], status: 'waiting' as const, position: i + 1, score: s.score })),
      ];
    });
    const report: CohortReport = {
      people: work.profileIds.length,
      peopleNotScorable: notIndexed,
      placed: allocation.report.attendeesCovered,
      seats: input.opportunitySlots.reduce((a, b) => a + b, 0),
      totalScore: Math.round(allocation.report.totalScore * 1000) / 1000,
      certifiedOptimal: allocation.report.certifiedOptimal,
      gapToBound: Math.round(allocation.report.gapToBound * 1e6) / 1e6,
      computedAt: new Date().toISOString(),
      seatsByProgramme: Object.fromEntries(work.opportunityIds.map((id, i) => [id, input.opportunitySlots[i]])),
    };
    await this.store.saveResults(cohortId, seats, report);
    return report;
  }
}
