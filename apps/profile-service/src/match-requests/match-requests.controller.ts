import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MatchRequest, MatchRequestAccepted, Principal } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { MatchRequestService, MatchRequestStore } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles, StrictRateLimit } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { resolveProfileLabels, TaxonomyService } from '@app/taxonomy/http';
import { RecommendationsPresenter } from '../recommendations/recommendations.presenter';
import { CreateMatchRequestDto, MatchRequestAcceptedDto, MatchRequestDto, MatchRequestParamDto, MatchRequestQueryDto } from './dto';

/**
 * What-if (case managers, admins): rank a stored person with custom weights, or a profile draft that is
 * never stored as a person. 202 with the request id; GET it for the state and, once done, the ranked,
 * explained options in the caller's language. A request lives an hour (then 404).
 */
@ApiTags('recommendations')
@Controller('match-requests')
@Roles('case_manager', 'admin')
export class MatchRequestsController {
  constructor(
    private readonly requests: MatchRequestService,
    private readonly store: MatchRequestStore,
    private readonly presenter: RecommendationsPresenter,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Post()
  @StrictRateLimit()
  @HttpCode(202)
  @ApiOperation({ summary: 'Ask "what if?"', description: 'Rank a stored person with custom weights, or a profile draft that is never stored. Answers 202 at once; GET the `poll` URL for the result. Under the strict rate limit.' })
  @ApiAcceptedResponse({ type: MatchRequestAcceptedDto.Output })
  @ApiErrors(
    { status: 404, description: "profileId is no profile of the caller's organisation" },
    { status: 409, code: 'no_matching_consent', description: 'The person has not consented to matching (consent scope "matching")' },
  )
  create(@CurrentPrincipal() p: Principal, @Body() body: CreateMatchRequestDto): Promise<MatchRequestAccepted> {
    const draft = body.profileDraft ? resolveProfileLabels(this.taxonomy, body.profileDraft) : undefined;
    return this.requests.create(p, { ...body, ...(draft ? { profileDraft: draft } : {}) });
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a what-if result', description: '`state` queued until the scorer answers, then the ranked, explained options in the caller\'s language. A request lives an hour.' })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'es or en (explanations); default en' })
  @ApiOkResponse({ type: MatchRequestDto.Output })
  @ApiErrors({ status: 404, description: 'No such match request for the caller (or it expired)' })
  async get(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: MatchRequestParamDto,
    @Query() q: MatchRequestQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
  ): Promise<MatchRequest> {
    const row = await this.store.visible(p, id);
    if (!row) throw ApiError.notFound('Match request');
    const language = negotiateLanguage(acceptLanguage);
    const rendered = row.result
      ? await this.presenter.present(
          { profileId: row.profileId ?? row.id, profileVersion: 0, indexVersion: 0, computedAt: row.computedAt ?? new Date().toISOString(), results: row.result },
          { limit: q.limit, explain: true, excluded: false },
          language,
        )
      : null;
    return {
      id: row.id,
      state: row.state,
      subject: row.profileId ? 'profile' : 'draft',
      profileId: row.profileId,
      weights: row.payload.weights,
      expiresAt: row.expiresAt,
      computedAt: row.computedAt,
      language,
      items: rendered?.items ?? [],
      incomplete: row.result?.incomplete ?? [],
      error: row.error,
    };
  }
}
