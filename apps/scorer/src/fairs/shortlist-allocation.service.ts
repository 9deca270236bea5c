import { Injectable } from '@nestjs/common';
import type { ShortlistFairness, ShortlistReport, UnplacedAttendee, UnreachableAttendee } from '@app/contracts';
import { allocate, buildAllocationInput, exposureReport, type Allocation, type GroupAudit } from '@app/matching';
import { FairnessLabelReader, ShortlistStore, type AssignmentRow, type ShortlistWork, type StoredEdge } from '@app/persistence';
import { ReasonRefs } from '../ranking/reason-refs';
import { FairScoring } from './fair-scoring.service';
import { assignInterviewSlots, slotTime } from './interview-schedule';

/** Groups smaller than this are pooled as `other` in the fairness audit: tiny groups are noise and could single people out. */
export const FAIRNESS_MIN_GROUP = 5;

/**
 * The flow's parent: the stored edges of every chunk -> the exact allocation -> ranked shortlists with
 * explanations, an interview schedule, the report and, last, the fairness audit. The audit reads gender
 * and nationality only here, after the allocation is fixed; `allocate` takes no attribute of people.
 */
@Injectable()
export class ShortlistAllocation {
  constructor(
    private readonly store: ShortlistStore,
    private readonly scoring: FairScoring,
    private readonly labels: FairnessLabelReader,
  ) {}

  async run(work: ShortlistWork, notScorable: number): Promise<ShortlistReport> {
    const started = Date.now();
    await this.store.markAllocating(work.id);
    const edges = await this.store.edges(work.id);
    const attendeeIndex = new Map(work.attendeeIds.map((id, i) => [id, i]));
    const opportunityIndex = new Map(work.opportunityIds.map((id, i) => [id, i]));
    const input = buildAllocationInput({
      attendeeCount: work.attendeeIds.length,
      opportunitySlots: work.opportunitySlots,
      perAttendeeCap: work.perAttendeeCap,
      minScore: work.minScore,
      edges: edges.flatMap((e) => {
        const attendee = attendeeIndex.get(e.profileId);
        const opportunity = opportunityIndex.get(e.opportunityId);
        return attendee === undefined || opportunity === undefined ? [] : [{ attendee, opportunity, score: e.score }];
      }),
    });
    const allocation = allocate(input, { strategy: work.params.strategy });

    // Explanations need the pairs in the index: refresh what the assignments name (cheap: only the chosen).
    const { assignments: a } = allocation;
    const chosenPeople = [...new Set(Array.from(a.attendee, (i) => work.attendeeIds[i]))];
    await this.scoring.refresh(chosenPeople, work.opportunityIds);
    const refs = new ReasonRefs();
    const rows = this.assignmentRows(work, allocation, refs);
    const report = this.report(work, allocation, edges, notScorable, rows, started);
    const fairness = await this.fairness(work, allocation);
    const uris = this.scoring.uris(refs);
    const unplaced = unplacedAttendees(work.attendeeIds, await this.store.unreachable(work.id), edges, rows);
    await this.store.saveResults(work.id, rows, report, fairness, { skillUris: uris.skills, occupationUris: uris.occupations }, unplaced);
    return report;
  }

  /** Per opportunity by score desc (then person id), ranks from 1, interview slots with nobody double-booked. */
  private assignmentRows(work: ShortlistWork, allocation: Allocation, refs: ReasonRefs): AssignmentRow[] {
    const { attendee, opportunity, score } = allocation.assignments;
    const pairs = Array.from(attendee, (at, i) => ({ attendee: at, opportunity: opportunity[i], score: score[i], profileId: work.attendeeIds[at] }));
    pairs.sort((x, y) => x.opportunity - y.opportunity || y.score - x.score || (x.profileId < y.profileId ? -1 : x.profileId > y.profileId ? 1 : 0));
    const slots = assignInterviewSlots(pairs);
    let rank = 0;
    return pairs.map((p, i) => {
      rank = i > 0 && pairs[i - 1].opportunity === p.opportunity ? rank + 1 : 1;
      const opportunityId = work.opportunityIds[p.opportunity];
      return {
        opportunityId,
        profileId: p.profileId,
        rank,
        score: p.score,
        slotIndex: slots[i],
        ...slotTime(work.fairDate, work.startTime, work.slotMinutes, slots[i]),
        reasons: this.scoring.explain(p.profileId, opportunityId, refs),
      };
    });
  }

  private report(work: ShortlistWork, allocation: Allocation, edges: readonly StoredEdge[], notScorable: number, rows: readonly AssignmentRow[], started: number): ShortlistReport {
    const r = allocation.report;
    const eligible = new Set(edges.map((e) => e.profileId)).size;
    const dual = r.bounds.dualBoundScaled;
    const primal = r.bounds.primalObjectiveScaled;
    return {
      strategy: r.strategy,
      attendees: work.attendeeIds.length,
      attendeesNotScorable: notScorable,
      attendeesEligible: eligible,
      opportunities: work.opportunityIds.length,
      opportunitiesNotOpen: work.opportunityIds.filter((id) => !this.scoring.isIndexed(id)).length,
      edges: edges.length,
      interviews: r.assignmentCount,
      totalScore: round(r.totalScore),
      attendeesCovered: r.attendeesCovered,
      coverageOfEligible: eligible > 0 ? round(r.attendeesCovered / eligible, 4) : 0,
      coverageBound: r.bounds.coverageBound,
      interviewsPerAttendee: [...r.interviewsHistogram],
      simpleBound: round(r.bounds.simpleBound),
      gapToBound: round(r.gapToBound, 6),
      certifiedOptimal: r.certifiedOptimal,
      optimalityGap: dual > 0 ? round(Math.max(0, dual - primal) / dual, 9) : 0,
      greedy: { totalScore: round(r.greedy.totalScore), attendeesCovered: r.greedy.attendeesCovered, gapToOptimum: round(r.greedy.gapToOptimum, 6) },
      slotsUsed: rows.reduce((m, x) => Math.max(m, x.slotIndex + 1), 0),
      computedAt: new Date().toISOString(),
      durationMs: Date.now() - started,
    };
  }

  /** Exposure spread and, where the restricted record holds them, selection rates by gender and nationality (audited reads). */
  private async fairness(work: ShortlistWork, allocation: Allocation): Promise<ShortlistFairness> {
    const labels = await this.labels.read(work.requestedBy, work.attendeeIds);
    const audit = (groupOf: Array<string | null>): ShortlistFairness['byGender'] => {
      if (groupOf.every((g) => g === null)) return null;
      const size = new Map<string, number>();
      for (const g of groupOf) if (g !== null) size.set(g, (size.get(g) ?? 0) + 1);
      const pooled = groupOf.map((g) => (g === null ? null : (size.get(g) ?? 0) < FAIRNESS_MIN_GROUP ? 'other' : g));
      const g: GroupAudit | undefined = exposureReport(allocation.perAttendee, pooled, { perAttendeeCap: work.perAttendeeCap, minGroupSize: FAIRNESS_MIN_GROUP }).groupAudit;
      return g ? { ...g, groups: g.groups.map((x) => ({ ...x, rate: round(x.rate, 4) })), fourFifthsRatio: g.fourFifthsRatio === null ? null : round(g.fourFifthsRatio, 4) } : null;
    };
    return {
      interviewsPerAttendee: exposureReport(allocation.perAttendee, undefined, { perAttendeeCap: work.perAttendeeCap }).histogram.slice(),
      byGender: audit(labels.gender),
      byNationality: audit(labels.nationality),
      minGroupSize: FAIRNESS_MIN_GROUP,
      note: 'Computed after the allocation for the organiser\'s audit; gender and nationality never reach scoring or allocation. Four-fifths rule: a ratio below 0.8 flags possible adverse impact.',
    };
  }
}

/**
 * Every attendee without an interview, in attendee order: as the scoring chunks found them (no pair),
 * or with pairs but no slot (the slots went to better-scoring attendees, or the per-attendee cap).
 */
export function unplacedAttendees(attendeeIds: readonly string[], unreachable: readonly UnreachableAttendee[], edges: readonly StoredEdge[], rows: readonly AssignmentRow[]): UnplacedAttendee[] {
  const placed = new Set(rows.map((r) => r.profileId));
  const found = new Map(unreachable.map((u) => [u.profileId, u]));
  const pairs = new Map<string, number>();
  for (const e of edges) pairs.set(e.profileId, (pairs.get(e.profileId) ?? 0) + 1);
  return attendeeIds.flatMap((profileId): UnplacedAttendee[] => {
    if (placed.has(profileId)) return [];
    const u = found.get(profileId);
    if (u) return [{ profileId, why: u.why, gates: u.gates, eligibleOpportunities: u.eligibleOpportunities }];
    return [{ profileId, why: pairs.has(profileId) ? ('no_free_slot' as const) : ('not_scorable' as const), gates: {}, eligibleOpportunities: pairs.get(profileId) ?? 0 }];
  });
}

function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
