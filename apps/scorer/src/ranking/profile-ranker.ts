import { Injectable } from '@nestjs/common';
import { TOP_PAGE_SIZE, type OpportunityKindName, type RankDepth, type RankedExcludedResult, type StoredMatchDocument, type StoredMatchOption } from '@app/contracts';
import { accountOpportunities, explainMatch, rankOpportunities, type PersonIndex, type RankedOpportunity, type Weights } from '@app/matching';
import { todayEpochDay } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';
import { reachableCourses } from './reachable-courses';
import { moveCoveredBy, ReasonRefs } from './reason-refs';

/** Options kept per kind: the endpoint's maximum `limit` (50), so any kinds filter can be served from storage. */
export const STORED_PER_KIND = 50;
/**
 * Programmes of each kind whose pathway value is computed: the best 64 by fit (two 32-programme chunks of
 * the pathway search), then re-ranked by fit x pathway value. The engine's default (3 x limit = 150 per
 * kind) cost ~2.5x the whole ranking at 100k opportunities (mean 50 -> 20 ms, docs/bench-http.md); 64 is
 * still over 3x the default page of 20, so only the tail of a `kind=...&limit=50` page can differ.
 */
export const PATHWAY_POOL_PER_KIND = 64;

export interface RankedProfile {
  indexVersion: number;
  document: StoredMatchDocument;
}

/** A page that is not stored (beyond the stored 50, or with waiting-list options). */
export interface PageRequest {
  kinds?: OpportunityKindName[];
  offset: number;
  limit: number;
  waitingList: boolean;
}

/** The "why not?" page asked for (kinds and waiting-list as the ranked page's). */
export interface ExcludedRequest {
  offset: number;
  limit: number;
}

/**
 * Ranks one indexed person against every opportunity, per kind (so a `kind=training` request gets its
 * full top 50), with explanations as reason codes; the excluded ("why not?") accounting on request only.
 * Synchronous and bounded (one person: milliseconds), so a job doing this never starves BullMQ's lock renewal.
 */
@Injectable()
export class ProfileRanker {
  constructor(private readonly index: ScorerIndex) {}

  rank(profileId: string, depth: RankDepth, now = todayEpochDay()): RankedProfile | null {
    const pi = this.index.people.slotOf(profileId);
    return pi < 0 ? null : this.rankIn(this.index.people, pi, now, undefined, depth);
  }

  /**
   * Ranks person `pi` of any person index (the scorer's, or a one-person index holding a what-if draft)
   * against the opportunity index; `weights` replace the defaults (what-if requests). `depth` 'complete'
   * keeps every kind's top 50; 'top' only the default page: the same candidate pass and pathway pools with
   * each kind cut to 20 (so its options are exactly the first 20 of the complete list), and only those 20
   * explained and stored.
   */
  rankIn(P: PersonIndex, pi: number, now = todayEpochDay(), weights?: Weights, depth: RankDepth = 'complete'): RankedProfile {
    const ix = this.index;
    // One candidate pass keeps every kind's top page (identical to one call per kind, rank.spec.ts).
    const r = rankOpportunities(ix.scratch, P, pi, ix.opportunities, {
      now,
      perKind: true,
      limit: depth === 'top' ? TOP_PAGE_SIZE : STORED_PER_KIND,
      pathwayPool: PATHWAY_POOL_PER_KIND,
      ...(weights ? { baseWeights: weights } : {}),
    });
    const ranked = depth === 'top' ? r.results.slice(0, TOP_PAGE_SIZE) : r.results;
    return { indexVersion: ix.version, document: this.document(P, pi, ranked, now, false) };
  }

  /**
   * A page of one kind filter that is not stored: ranked [0, offset + limit) in one pass (perKind, the same
   * pathway pool as stored results up to 64 per kind, then the page: so it continues the stored list) and
   * the page explained. With `waitingList`, full opportunities are ranked too and marked.
   */
  page(profileId: string, q: PageRequest, now = todayEpochDay()): RankedProfile | null {
    const ix = this.index;
    const pi = ix.people.slotOf(profileId);
    if (pi < 0) return null;
    const depth = q.offset + q.limit;
    const r = rankOpportunities(ix.scratch, ix.people, pi, ix.opportunities, {
      now,
      kinds: q.kinds,
      perKind: true,
      limit: Math.max(depth, STORED_PER_KIND),
      pathwayPool: Math.max(PATHWAY_POOL_PER_KIND, depth),
      waitingList: q.waitingList,
    });
    return { indexVersion: ix.version, document: this.document(ix.people, pi, r.results.slice(q.offset, depth), now, q.waitingList) };
  }

  /**
   * "Why not?" for one indexed person: every open opportunity of the kinds counted (eligible or excluded
   * by gate) and the excluded ones of the page asked for, nearest first, each with every failing gate
   * and its facts. Gates only: no skills read, no pathway searched.
   */
  excluded(profileId: string, q: ExcludedRequest & Pick<PageRequest, 'kinds' | 'waitingList'>, now = todayEpochDay()): Omit<RankedExcludedResult, 'profileId'> {
    const ix = this.index;
    const pi = ix.people.slotOf(profileId);
    if (pi < 0) return { indexVersion: ix.version, open: 0, eligible: 0, excludedTotal: 0, byReason: {}, offset: q.offset, excluded: [] };
    const a = accountOpportunities(ix.people, pi, ix.opportunities, { now, kinds: q.kinds, offset: q.offset, limit: q.limit, waitingList: q.waitingList });
    return {
      indexVersion: a.indexVersion,
      open: a.open,
      eligible: a.eligible,
      excludedTotal: a.excluded,
      byReason: a.byReason as Record<string, number>,
      offset: a.offset,
      excluded: a.page.map((e) => ({ opportunityId: e.opportunityId, kind: e.kind, minutes: e.minutes, reasons: e.reasons as unknown as Array<Record<string, unknown>> })),
    };
  }

  /** Ranked options -> the stored document: explained, with the URIs and course titles the reasons name. */
  private document(P: PersonIndex, pi: number, ranked: readonly RankedOpportunity[], now: number, waitingList: boolean): StoredMatchDocument {
    const ix = this.index;
    const O = ix.opportunities;
    const refs = new ReasonRefs();
    const coveredBy: Record<string, string[]> = {};
    const courses = reachableCourses(ix, P, pi, now);
    const options: StoredMatchOption[] = ranked.map((opt) => {
      const reasons = explainMatch(ix.scratch.score, P, pi, O, O.slotOf(opt.opportunityId), {
        now,
        trainingsForSkill: courses,
        pathway: opt.pathway,
        waitingList,
      });
      refs.add(reasons);
      moveCoveredBy(reasons, coveredBy);
      return {
        opportunityId: opt.opportunityId,
        kind: opt.kind,
        score: round(opt.score),
        rankScore: round(opt.rankScore),
        components: Object.fromEntries(Object.entries(opt.components).map(([k, v]) => [k, round(v, 4)])),
        pathway: opt.pathway,
        reasons: reasons as unknown as Array<Record<string, unknown>>,
        ...(opt.waitingList ? { waitingList: true } : {}),
      };
    });
    const taxonomy = ix.taxonomy.snapshot;
    return {
      options,
      skillUris: refs.skillUris(taxonomy),
      occupationUris: refs.occupationUris(taxonomy),
      incomplete: [],
      coveredBy,
      courseTitles: refs.courseTitles(ix.trainings),
    };
  }
}

/** Stored numbers are rounded so two processes' float noise never shows as a difference. */
function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
