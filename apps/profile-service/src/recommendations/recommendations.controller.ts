import { Controller, Get, Headers, Param, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { rankProfileJobId, type Principal, type RankAccepted, type Recommendations } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { MatchResultsRepository, RankRequests } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import type { Request, Response } from 'express';
import { RankAcceptedDto, RecommendationsDto, RecommendationsParamDto, RecommendationsQueryDto } from './dto';
import { RecommendationsPresenter } from './recommendations.presenter';

/** How long a request waits for a stale person to be re-ranked before answering 202. */
export const RECOMMENDATIONS_WAIT_MS = 2000;

/**
 * A person's ranked, explained options (case managers of the owning organisation, admins). Stored
 * results computed at the current profile version answer at once; otherwise a rank job is queued ahead
 * of background work and awaited for a bounded time, then 202 with the URL to poll.
 */
@ApiTags('recommendations')
@Controller('profiles')
@Roles('case_manager', 'admin')
export class RecommendationsController {
  constructor(
    private readonly results: MatchResultsRepository,
    private readonly rank: RankRequests,
    private readonly presenter: RecommendationsPresenter,
  ) {}

  @Get(':id/recommendations')
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'es or en (explanations); default en' })
  @ApiOkResponse({ type: RecommendationsDto.Output })
  @ApiAcceptedResponse({ type: RankAcceptedDto.Output, description: 'Being computed: GET the poll URL again' })
  async get(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: RecommendationsParamDto,
    @Query() query: RecommendationsQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Recommendations | RankAccepted> {
    const part = RecommendationsPresenter.partFor(query);
    // Access, version, consent and the stored results in one query (this is the hot read).
    const current = await this.results.forRequest(p, id, part);
    if (!current.consentsToMatching) {
      throw ApiError.conflict('no_matching_consent', 'The person has not consented to matching (consent scope "matching")');
    }
    const lang = negotiateLanguage(acceptLanguage);
    let row = current.row;
    if (!row || row.profileVersion < current.profileVersion) {
      const outcome = await this.rank.run({ type: 'rank.profile', profileId: id, cause: 'request' }, rankProfileJobId(id, `v${current.profileVersion}`), RECOMMENDATIONS_WAIT_MS);
      row = await this.results.get(id, part);
      if (!row || row.profileVersion < current.profileVersion) {
        res.status(202);
        return { jobId: outcome.jobId, poll: req.originalUrl };
      }
    }
    return this.presenter.present(row, query, lang);
  }
}
