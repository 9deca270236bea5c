import { createHash } from 'node:crypto';
import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiNotModifiedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { isCurrentResultsFormat, rankProfileJobId, STORED_DEPTH, type Principal, type RankAccepted, type RankedPageResult, type Recommendations, type RecommendationsQuery } from '@app/contracts';
import { negotiateLanguage, type ExplanationLanguage } from '@app/matching';
import { MatchingReads, MatchResultsRepository, RankRequests, type ResultsForRequest, type StoredResultsHead } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { TaxonomyService } from '@app/taxonomy/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RankAcceptedDto, RecommendationsDto, RecommendationsParamDto, RecommendationsQueryDto } from './dto';
import { matchesIfNoneMatch, prefersGzip } from './http-negotiation';
import { RecommendationHeads } from './recommendation-heads';
import { RecommendationsPresenter } from './recommendations.presenter';
import { RenderedPages } from './rendered-pages';

/** How long a request waits for a stale person to be re-ranked before answering 202. */
export const RECOMMENDATIONS_WAIT_MS = 2000;

/**
 * A person's ranked, explained options (case managers of the owning organisation, admins). Stored
 * results computed at the current profile version answer at once; otherwise a rank job is queued ahead
 * of background work and awaited for a bounded time, then 202 with the URL to poll. A page rendered
 * from the same stored results is answered from memory (RenderedPages), after the same access check.
 */
@ApiTags('recommendations')
@Controller('profiles')
@Roles('case_manager', 'admin')
export class RecommendationsController {
  constructor(
    private readonly results: MatchResultsRepository,
    private readonly rank: RankRequests,
    private readonly presenter: RecommendationsPresenter,
    private readonly pages: RenderedPages,
    private readonly taxonomy: TaxonomyService,
    private readonly reads: MatchingReads,
    private readonly heads: RecommendationHeads,
  ) {}

  @Get(':id/recommendations')
  @ApiOperation({
    summary: "A person's ranked options",
    description:
      'Jobs, apprenticeships and trainings ranked for the person, each with its score, components, typed reasons and (explain=true) sentences; `excluded=true` adds the "why not?" list with its gates. Answers from stored results when current, else waits up to 2 s for a re-rank and answers 202 with the URL to poll.',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'es or en (explanations); default en' })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a page read before: 304 while the results are unchanged' })
  @ApiOkResponse({ type: RecommendationsDto.Output, headers: { ETag: { description: 'Names the results the page was rendered from', schema: { type: 'string' } } } })
  @ApiAcceptedResponse({ type: RankAcceptedDto.Output, description: 'Being computed: GET the poll URL again' })
  @ApiNotModifiedResponse({ description: 'If-None-Match matched: the page read before is still current' })
  @ApiErrors(
    { status: 404, description: "No such profile in the caller's organisation" },
    { status: 409, code: 'no_matching_consent', description: 'The person has not consented to matching (consent scope "matching")' },
    { status: 503, code: 'ranking_unavailable', description: 'The queue cannot be reached and nothing stored answers (a page beyond the stored ones, or no results yet); stored results are answered with `stale: true` instead' },
  )
  async get(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: RecommendationsParamDto,
    @Query() query: RecommendationsQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    // The response is written here (not returned): Nest would serialise a Buffer as JSON, and the pages
    // are kept as encoded bytes.
    const part = RecommendationsPresenter.partFor(query);
    const lang = negotiateLanguage(acceptLanguage);
    const pageKey = `${id}|${lang}|${queryKey(query)}`;
    // Access, version, consent and the stored results in one query; without the payload when a
    // rendered page for this key exists (it is usually still current). For such a page the hot read is
    // the head remembered in process (RecommendationHeads: invalidated by every change to the person).
    const hasPage = !computed(query) && this.pages.has(pageKey);
    const remembered = hasPage ? this.heads.get(p, id) : undefined;
    const epoch = this.heads.epoch();
    const current: ResultsForRequest = remembered ? { ...remembered, row: null } : await this.results.forRequest(p, id, computed(query) || hasPage ? 'head' : part);
    if (!current.consentsToMatching) {
      throw ApiError.conflict('no_matching_consent', 'The person has not consented to matching (consent scope "matching")');
    }
    let head: StoredResultsHead | null = current.stored;
    let row = current.row;
    // Results of an older reason format are re-ranked like stale ones (the scorer does so at start too).
    const answers = (h: StoredResultsHead): boolean => h.profileVersion >= current.profileVersion && isCurrentResultsFormat(h.taxonomyVersion) && (part === 'top' || h.complete);
    if (computed(query)) {
      const out = await this.computedPage(id, current.profileVersion, query, lang as ExplanationLanguage, req);
      res.status(out.status).send(out.body);
      return;
    }
    // Stale, or a page beyond the default one from a row holding only that: rank (complete lists when
    // needed; the job key names the stored index version, so a complete ranking replaced since by a
    // default-page re-rank is asked for again, not found done).
    if (!head || !answers(head)) {
      const job = part === 'top' ? { depth: 'top' as const, key: `v${current.profileVersion}` } : { depth: 'complete' as const, key: `c${current.profileVersion}i${head?.indexVersion ?? 'none'}` };
      const outcome = await this.rank.run(
        { type: 'rank.profile', profileId: id, cause: 'request', depth: job.depth, profileVersion: current.profileVersion },
        rankProfileJobId(id, job.key),
        RECOMMENDATIONS_WAIT_MS,
      );
      row = head = await this.results.get(id, part);
      if (!head || !answers(head)) {
        if (outcome.state === 'unavailable') {
          // Degraded (the queue unreachable): the stored options of an older version, marked stale,
          // rather than a request that hangs; nothing stored at all is a 503.
          if (!row) throw ApiError.rankingUnavailable();
          res.status(200).send(await this.presenter.present(row, query, lang as ExplanationLanguage, { complete: row.complete && part === 'full', stale: true }));
          return;
        }
        res.status(202).send({ jobId: outcome.jobId, poll: req.url } satisfies RankAccepted);
        return;
      }
    }
    // Remembered only when it answers the default page (a stale head would be a query saved for nothing).
    if (part === 'top' && !remembered) this.heads.set(id, { organisationId: current.organisationId, profileVersion: current.profileVersion, consentsToMatching: current.consentsToMatching, stored: head }, epoch);
    const source = this.sourceOf(head);
    const cached = this.pages.get(pageKey, source);
    if (cached !== undefined) return this.answer(req, res, pageKey, source, cached);
    row ??= await this.results.get(id, part);
    if (!row) throw ApiError.notFound('Recommendations'); // erased between the two reads
    const json = JSON.stringify(await this.presenter.present(row, query, lang as ExplanationLanguage, { complete: row.complete && part === 'full' }));
    // Keyed by the row actually read (it may be newer than `head`).
    const rendered = this.sourceOf(row);
    this.answer(req, res, pageKey, rendered, this.pages.set(pageKey, rendered, json));
  }

  /**
   * A page that is not stored: beyond the stored 50 (`offset`), with waiting-list options, or with the
   * "why not?" accounting (`excluded=true`). The scorer ranks it on request (rank.page, keyed by the
   * profile version and the newest committed change, so polling and repeated requests reuse it until
   * something changes); the accounting comes from the same pass, so every open option is either ranked
   * or excluded in the answer, never both (a stored page may predate the index's latest change).
   */
  private async computedPage(id: string, profileVersion: number, query: RecommendationsQuery, lang: ExplanationLanguage, req: FastifyRequest): Promise<{ status: 200; body: Recommendations } | { status: 202; body: RankAccepted }> {
    const change = await this.reads.latestChange();
    const excluded = query.excluded ? { offset: query.excludedOffset, limit: query.excludedLimit } : undefined;
    const pageJob = { type: 'rank.page' as const, profileId: id, kinds: query.kind, offset: query.offset, limit: query.limit, waitingList: query.waitingList, excluded };
    const key = `g${profileVersion}c${change}${pageJobKey(query)}o${query.offset}l${query.limit}${excluded ? `x${excluded.offset}l${excluded.limit}` : ''}`;
    const page = await this.rank.run<RankedPageResult>(pageJob, rankProfileJobId(id, key), RECOMMENDATIONS_WAIT_MS);
    if (page.state === 'unavailable') throw ApiError.rankingUnavailable(); // computed on request: nothing stored answers it
    if (page.state === 'pending') return { status: 202, body: { jobId: page.jobId, poll: req.url } };
    const r = page.result;
    const source = { profileId: id, profileVersion, indexVersion: r.indexVersion, computedAt: new Date().toISOString(), results: r.document };
    return { status: 200, body: await this.presenter.present(source, query, lang, { paged: true, excluded: r.accounting ?? null }) };
  }

  /** Which stored results and labels a page comes from: the page is a pure function of this and its key. */
  private sourceOf(head: StoredResultsHead): string {
    return `${head.profileVersion}|${head.indexVersion}|${head.computedAt}|${this.taxonomy.info.version}`;
  }

  /**
   * The page with an ETag naming what it was rendered from (so no ~50 KiB body is ever hashed for one); a client that sends it back in If-None-Match gets 304 while the results are unchanged. A
   * client that accepts gzip (browsers and fetch do by default) gets the page's compressed copy, made
   * once per page (RenderedPages.gzipped): ~1/5 of the bytes on the wire, for case managers on mobile
   * networks (over loopback the rate is bound by the per-request work, not the bytes: docs/bench-http.md).
   */
  private answer(req: FastifyRequest, res: FastifyReply, pageKey: string, source: string, body: Buffer): void {
    const etag = `W/"${createHash('sha1').update(`${pageKey}|${source}`).digest('base64url')}"`;
    res.header('ETag', etag);
    res.header('Vary', 'Accept-Encoding');
    if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
      res.status(304).send();
      return;
    }
    res.type('application/json; charset=utf-8');
    if (!prefersGzip(req.headers['accept-encoding'])) {
      res.send(body);
      return;
    }
    res.header('Content-Encoding', 'gzip');
    res.send(this.pages.gzipped(pageKey, source, body));
  }
}

/** The query's effect on the page, normalised (kinds sorted). */
function queryKey(q: RecommendationsQuery): string {
  return `${q.kind ? [...q.kind].sort().join(',') : '*'}|${q.limit}|${q.offset}|${q.explain ? 1 : 0}|${q.excluded ? 1 : 0}`;
}

/** Pages the stored results cannot serve: beyond the stored depth, with waiting-list options, or with the accounting. */
function computed(q: RecommendationsQuery): boolean {
  return q.waitingList || q.excluded || q.offset + q.limit > STORED_DEPTH;
}

/** The kinds and the waiting-list flag in a job id (no ':' or ','). */
function pageJobKey(q: RecommendationsQuery): string {
  return `k${q.kind ? [...q.kind].sort().map((k) => k[0]).join('') : 'all'}${q.waitingList ? 'w' : ''}`;
}
