import { Injectable } from '@nestjs/common';
import { optionReasons, TOP_PAGE_SIZE, type Recommendations, type RecommendationsQuery } from '@app/contracts';
import { coursesNamed, renderReason, renderReasons, type ExplanationLanguage, type Reason } from '@app/matching';
import { epochDayToIso, MatchingReads, type MatchResultsRow, type PresentedOpportunity, type StoredResultsPart } from '@app/persistence';
import { languageName, storedReasonLabels } from '@app/taxonomy';
import { TaxonomyService } from '@app/taxonomy/http';

/** Stored, language-neutral results -> the response: filtered by kind, limited, titled, rendered in `lang`. */
@Injectable()
export class RecommendationsPresenter {
  constructor(
    private readonly reads: MatchingReads,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /**
   * The stored part a query needs: the default page (every kind, limit <= 20) reads `top` only; the
   * excluded list is not stored (a rank.excluded job computes it), so it needs no more than the page.
   */
  static partFor(q: RecommendationsQuery): StoredResultsPart {
    const allKinds = !q.kind || ALL_KINDS.every((k) => q.kind?.includes(k));
    return allKinds && q.limit <= TOP_PAGE_SIZE ? 'top' : 'full';
  }

  async present(row: MatchResultsRow, q: RecommendationsQuery, lang: ExplanationLanguage): Promise<Recommendations> {
    const kinds = new Set(q.kind ?? ALL_KINDS);
    const options = row.results.options
      .filter((o) => kinds.has(o.kind))
      .slice(0, q.limit)
      .map((o) => ({ ...o, reasons: optionReasons(row.results, o) }));
    const excluded = q.excluded ? (row.excluded ?? []).filter((e) => kinds.has(e.kind)) : null;
    // The options' shown columns; titles alone for the excluded and the courses named in reasons, except
    // the courses whose titles the results carry (documents written before `courseTitles` do not).
    const stored = row.results.courseTitles ?? {};
    const named = new Set<string>((excluded ?? []).map((e) => e.opportunityId));
    for (const o of options) for (const id of coursesNamed(o.reasons as unknown as Reason[])) if (stored[id] === undefined) named.add(id);
    const { opportunities: rows, titles: read } = await this.reads.presented(
      options.map((o) => o.opportunityId),
      [...named],
    );
    const titles = new Map([...Object.entries(stored), ...read]);
    const labels = { ...storedReasonLabels(this.taxonomy.taxonomy, row.results.skillUris, titles), language: languageName };

    return {
      profileId: row.profileId,
      profileVersion: row.profileVersion,
      indexVersion: row.indexVersion,
      computedAt: row.computedAt,
      language: lang,
      items: options.flatMap((o) => {
        const opp = rows.get(o.opportunityId);
        if (!opp) return []; // deleted since: the re-rank it triggered is on its way
        const reasons = o.reasons as unknown as Reason[];
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
            commitment: o.kind === 'job' ? null : commitment(opp, commitmentReason ? renderReason(commitmentReason, lang, labels) : ''),
            reasons: o.reasons,
            ...(q.explain ? { explanation: renderReasons(reasons, lang, labels) } : {}),
          },
        ];
      }),
      excluded:
        excluded?.map((e) => ({
          opportunityId: e.opportunityId,
          kind: e.kind,
          title: titles.get(e.opportunityId) ?? e.opportunityId,
          reasons: e.reasons,
          explanation: e.reasons.map((gate) => renderReason({ code: 'gate', gate } as Reason, lang, labels)),
        })) ?? null,
      incomplete: row.results.incomplete,
    };
  }
}

const ALL_KINDS: Array<Recommendations['items'][number]['kind']> = ['job', 'apprenticeship', 'training'];

function commitment(o: PresentedOpportunity, summary: string): Recommendations['items'][number]['commitment'] {
  const end = o.startDate && o.durationWeeks ? epochDayToIso(Math.floor(Date.parse(`${o.startDate}T00:00:00Z`) / 86_400_000) + o.durationWeeks * 7) : null;
  return { schedule: o.schedule ?? null, hoursPerWeek: o.hoursPerWeek, durationWeeks: o.durationWeeks, startDate: o.startDate, endDate: end, summary };
}
