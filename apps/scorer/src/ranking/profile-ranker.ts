import { Injectable } from '@nestjs/common';
import { TOP_PAGE_SIZE, type RankDepth, type StoredExcludedOption, type StoredMatchDocument, type StoredMatchOption } from '@app/contracts';
import { coursesNamed, explainMatch, rankOpportunities, type PersonIndex, type Reason, type Weights } from '@app/matching';
import { todayEpochDay } from '@app/persistence';
import { ScorerIndex } from '../index/scorer-index.service';

/** Options kept per kind: the endpoint's maximum `limit` (50), so any kinds filter can be served from storage. */
export const STORED_PER_KIND = 50;
export const STORED_EXCLUDED_PER_KIND = 50;
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

/**
 * Ranks one indexed person against every opportunity, per kind (so a `kind=training` request gets its
 * full top 50), with explanations as reason codes; the excluded ("why not?") list on request only. Synchronous and bounded (one person: milliseconds),
 * so a job doing this never starves BullMQ's lock renewal.
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
    const O = ix.opportunities;
    // One candidate pass keeps every kind's top page (identical to one call per kind, rank.spec.ts).
    const r = rankOpportunities(ix.scratch, P, pi, O, {
      now,
      perKind: true,
      limit: depth === 'top' ? TOP_PAGE_SIZE : STORED_PER_KIND,
      pathwayPool: PATHWAY_POOL_PER_KIND,
      ...(weights ? { baseWeights: weights } : {}),
    });
    const ranked = depth === 'top' ? r.results.slice(0, TOP_PAGE_SIZE) : r.results;
    const skillIds = new Set<number>();
    const coveredBy: Record<string, string[]> = {};
    const titled = new Set<string>();
    const options: StoredMatchOption[] = ranked.map((opt) => {
      const reasons = explainMatch(ix.scratch.score, P, pi, O, O.slotOf(opt.opportunityId), {
        now,
        trainingsForSkill: (skill) => ix.trainings.covering(skill),
        pathway: opt.pathway,
      });
      collectSkillIds(reasons, skillIds);
      for (const id of coursesNamed(reasons)) titled.add(id);
      moveCoveredBy(reasons, coveredBy);
      return {
        opportunityId: opt.opportunityId,
        kind: opt.kind,
        score: round(opt.score),
        rankScore: round(opt.rankScore),
        components: Object.fromEntries(Object.entries(opt.components).map(([k, v]) => [k, round(v, 4)])),
        pathway: opt.pathway,
        reasons: reasons as unknown as Array<Record<string, unknown>>,
      };
    });
    const uris = ix.taxonomy.snapshot.skills.uris;
    const skillUris: Record<string, string> = {};
    for (const id of [...skillIds].sort((a, b) => a - b)) if (uris[id]) skillUris[String(id)] = uris[id];
    return { indexVersion: ix.version, document: { options, skillUris, incomplete: [], coveredBy, courseTitles: courseTitles(titled, ix.trainings) } };
  }

  /**
   * "Why not?" for one indexed person: up to 50 gated-out options per kind (by id) within 3x the commute
   * reach plus remote ones, each with every failing gate. Gates only: limit 0 keeps no ranked option, so
   * no skills are read and no pathway is searched.
   */
  excluded(profileId: string, now = todayEpochDay()): StoredExcludedOption[] {
    const pi = this.index.people.slotOf(profileId);
    if (pi < 0) return [];
    const r = rankOpportunities(this.index.scratch, this.index.people, pi, this.index.opportunities, {
      now,
      perKind: true,
      limit: 0,
      pathways: false,
      includeExcluded: true,
      excludedLimit: STORED_EXCLUDED_PER_KIND,
    });
    return (r.excluded ?? []).map((e) => ({ opportunityId: e.opportunityId, kind: e.kind, reasons: [...e.reasons] }));
  }
}

/**
 * Covering courses depend on the skill only: kept once per document (`coveredBy`), each reason's list
 * emptied (optionReasons puts them back on read).
 */
function moveCoveredBy(reasons: Reason[], into: Record<string, string[]>): void {
  for (const r of reasons) {
    if (r.code !== 'skills_missing') continue;
    for (const sk of r.skills) {
      into[String(sk.skillId)] = sk.coveredBy;
      sk.coveredBy = [];
    }
  }
}

/** Titles of the covering courses the explanations name (every programme the index holds has one). */
function courseTitles(ids: Iterable<string>, trainings: { title(id: string): string | undefined }): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of [...ids].sort()) {
    const title = trainings.title(id);
    if (title !== undefined) out[id] = title;
  }
  return out;
}

function collectSkillIds(reasons: Reason[], into: Set<number>): void {
  for (const r of reasons) {
    if (r.code === 'skills_matched') r.skillIds.forEach((id) => into.add(id));
    else if (r.code === 'skills_missing') r.skills.forEach((s) => into.add(s.skillId));
  }
}

/** Stored numbers are rounded so two processes' float noise never shows as a difference. */
function round(x: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
