import { Injectable } from '@nestjs/common';
import { MAX_RANKED_DEPTH, optionReasons, STORED_DEPTH, TOP_PAGE_SIZE, type PublicGateReason, type RankedExcludedResult, type Recommendations, type RecommendationsQuery, type StoredMatchDocument } from '@app/contracts';
import { coursesNamed, renderPublicReason, renderPublicReasons, toPublicReasons, type ExplanationLanguage, type Reason } from '@app/matching';
import { epochDayToIso, MatchingReads, type PresentedOpportunity, type StoredResultsPart } from '@app/persistence';
import { storedReasonLabels } from '@app/taxonomy';
import { TaxonomyService } from '@app/taxonomy/http';

/** What a page is rendered from: stored results, or a page the scorer computed on request. */
export interface PresentedSource {
  profileId: string;
  profileVersion: number;
  indexVersion: number;
  computedAt: string;
  results: StoredMatchDocument;
}

export interface PresentOptions {
  /** The document holds exactly the page's options (a rank.page result): no kind filter or slicing here. */
  paged?: boolean;
  /** With excluded=true: the scorer's accounting and the excluded page. */
  excluded?: RankedExcludedResult | null;
  /** The stored document holds every kind's complete top list (not only the default page). */
  complete?: boolean;
  /** Answered from an older version because the ranking could not be refreshed (degraded mode). */
  stale?: boolean;
}

/** Stored, language-neutral results -> the response: filtered by kind, paged, titled, rendered in `lang`. */
@Injectable()
export class RecommendationsPresenter {
  constructor(
    private readonly reads: MatchingReads,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** The stored part a query needs: the default page (every kind, first 20) reads `top` only. */
  static partFor(q: Pick<RecommendationsQuery, 'kind' | 'limit' | 'offset'>): StoredResultsPart {
    const allKinds = !q.kind || ALL_KINDS.every((k) => q.kind?.includes(k));
    return allKinds && (q.offset ?? 0) + q.limit <= TOP_PAGE_SIZE ? 'top' : 'full';
  }

  async present(source: PresentedSource, q: Pick<RecommendationsQuery, 'kind' | 'limit' | 'explain'> & Partial<RecommendationsQuery>, lang: ExplanationLanguage, opts: PresentOptions = {}): Promise<Recommendations> {
    const doc = source.results;
    const kinds = new Set(q.kind ?? ALL_KINDS);
    const offset = q.offset ?? 0;
    const filtered = opts.paged ? doc.options : doc.options.filter((o) => kinds.has(o.kind));
    const options = (opts.paged ? filtered : filtered.slice(offset, offset + q.limit)).map((o) => ({ ...o, reasons: optionReasons(doc, o) as unknown as Reason[] }));
    const excluded = opts.excluded ? opts.excluded.excluded.map((e) => ({ ...e, reasons: e.reasons.filter((r): r is Record<string, unknown> => typeof r === 'object') as unknown as Reason[] })) : null;
    // The options' shown columns; titles alone for the excluded and the courses named in reasons, except
    // the courses whose titles the results carry (documents written before `courseTitles` do not).
    const stored = doc.courseTitles ?? {};
    const named = new Set<string>((excluded ?? []).map((e) => e.opportunityId));
    for (const o of options) for (const id of coursesNamed(o.reasons)) if (stored[id] === undefined) named.add(id);
    const { opportunities: rows, titles: read } = await this.reads.presented(
      options.map((o) => o.opportunityId),
      [...named],
    );
    const titles = new Map([...Object.entries(stored), ...read]);
    const labels = storedReasonLabels(this.taxonomy.taxonomy, doc.skillUris, titles, doc.occupationUris ?? {});

    const items = options.flatMap((o) => {
      const opp = rows.get(o.opportunityId);
      if (!opp) return []; // deleted since: the re-rank it triggered is on its way
      const reasons = toPublicReasons(o.reasons, lang, labels);
      const commitmentReason = reasons.find((r) => r.code === 'commitment');
      return [
        {
          opportunityId: o.opportunityId,
          kind: o.kind,
          title: opp.title,
          organisationId: opp.organisationId,
          score: o.score,
          rankScore: o.rankScore,
          components: o.components,
          pathway: o.pathway,
          commitment: o.kind === 'job' ? null : commitment(opp, commitmentReason ? renderPublicReason(commitmentReason, lang) : ''),
          waitingList: o.waitingList === true,
          reasons,
          ...(q.explain ? { explanation: renderPublicReasons(reasons, lang) } : {}),
        },
      ];
    });
    const ex = opts.excluded;
    return {
      profileId: source.profileId,
      profileVersion: source.profileVersion,
      indexVersion: ex ? Math.max(ex.indexVersion, source.indexVersion) : source.indexVersion,
      computedAt: source.computedAt,
      stale: opts.stale === true,
      language: lang,
      offset,
      items,
      nextOffset: nextOffset(offset, options.length, q.limit, ex ? ex.eligible : opts.complete && !opts.paged ? storedTotal(doc, kinds) : null),
      excluded:
        excluded?.map((e) => {
          const reasons = toPublicReasons(e.reasons, lang, labels) as PublicGateReason[];
          return { opportunityId: e.opportunityId, kind: e.kind, title: titles.get(e.opportunityId) ?? e.opportunityId, minutes: e.minutes ?? null, reasons, explanation: renderPublicReasons(reasons, lang) };
        }) ?? null,
      accounting: ex
        ? {
            open: ex.open,
            eligible: ex.eligible,
            excluded: ex.excludedTotal,
            byReason: ex.byReason,
            excludedOffset: ex.offset,
            excludedNextOffset: ex.offset + ex.excluded.length < ex.excludedTotal ? ex.offset + ex.excluded.length : null,
          }
        : null,
      incomplete: doc.incomplete,
    };
  }
}

const ALL_KINDS: Array<Recommendations['items'][number]['kind']> = ['job', 'apprenticeship', 'training'];

/**
 * The next page's offset, or null at the end. With a known total (the accounting's eligible count, or a
 * complete stored list whose kinds all ended before the stored depth) exact; otherwise a full page means
 * there may be more (a page beyond the stored ones is computed on request), up to MAX_RANKED_DEPTH.
 */
function nextOffset(offset: number, shown: number, limit: number, total: number | null): number | null {
  const next = offset + shown;
  if (next >= MAX_RANKED_DEPTH) return null;
  if (total !== null) return next < total ? next : null;
  return shown === limit ? next : null;
}

/** The length of a kinds filter's complete list when the stored one is all of it (every kind ended before the stored depth). */
export function storedTotal(doc: StoredMatchDocument, kinds: ReadonlySet<string>): number | null {
  let total = 0;
  for (const kind of kinds) {
    const n = doc.options.filter((o) => o.kind === kind).length;
    if (n >= STORED_DEPTH) return null;
    total += n;
  }
  return total;
}

function commitment(o: PresentedOpportunity, summary: string): Recommendations['items'][number]['commitment'] {
  const end = o.startDate && o.durationWeeks ? epochDayToIso(Math.floor(Date.parse(`${o.startDate}T00:00:00Z`) / 86_400_000) + o.durationWeeks * 7) : null;
  return { schedule: o.schedule ?? null, hoursPerWeek: o.hoursPerWeek, durationWeeks: o.durationWeeks, startDate: o.startDate, endDate: end, summary };
}
