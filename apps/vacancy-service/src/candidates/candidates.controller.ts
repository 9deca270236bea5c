import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Candidates, Principal, RankAccepted, RankedCandidatesResult } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { CandidateViewService, mayWrite, OpportunityRepository, RankRequests } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import type { FastifyReply } from 'fastify';
import { CandidatesAcceptedDto, CandidatesDto, CandidatesParamDto, CandidatesQueryDto } from './dto';
import { EmployerReasons } from './employer-reasons';
import { runOrPoll } from './ranked-request';

/** People asked of the scorer per shown candidate: some are filtered out for lack of consent to be visible. */
export const OVERFETCH = 5;

/**
 * Ranked candidates for an opportunity (the owning employer or training provider, admins): people who
 * consented to be visible to employers, no restricted data, contact masked until referred. The scorer
 * ranks (it holds the index) as a request/response job on the `rank` queue; a bounded wait, else 202
 * with the job id to poll.
 */
@ApiTags('candidates')
@Controller('opportunities')
@Roles('employer', 'admin')
export class CandidatesController {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly rank: RankRequests,
    private readonly view: CandidateViewService,
    private readonly reasons: EmployerReasons,
  ) {}

  @Get(':id/candidates')
  @ApiOperation({
    summary: 'Ranked candidates for an opportunity',
    description:
      'People who consented to be visible to employers, best first, with the reasons an employer may see; no restricted data, contact masked until referred. Waits a bounded time for the scorer, else 202 with the URL to poll (`jobId`).',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'es or en (explanations); default en' })
  @ApiOkResponse({ type: CandidatesDto.Output })
  @ApiAcceptedResponse({ type: CandidatesAcceptedDto.Output, description: 'Being computed: GET the poll URL again' })
  @ApiErrors(
    { status: 403, description: "The key's role may not do this, or the opportunity is another organisation's" },
    { status: 404, description: 'No such opportunity visible to the caller, or no such candidates job (`jobId`)' },
    { status: 503, code: 'ranking_unavailable', description: 'The queue cannot be reached: nothing stored answers this request; try again shortly' },
  )
  async list(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: CandidatesParamDto,
    @Query() q: CandidatesQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Candidates | RankAccepted> {
    const opportunity = await this.opportunities.getVisible(p, id);
    if (!mayWrite(p, opportunity)) throw ApiError.forbidden('Only the organisation that offers this opportunity sees its candidates');
    const outcome = await runOrPoll<RankedCandidatesResult>(this.rank, { type: 'rank.candidates', opportunityId: id, limit: Math.min(1000, q.limit * OVERFETCH) }, q.jobId, 'Candidates job');
    if (outcome.state === 'pending') {
      res.status(202);
      return { jobId: outcome.jobId, poll: `/opportunities/${id}/candidates?limit=${q.limit}&jobId=${outcome.jobId}` };
    }
    const r = outcome.result;
    const language = negotiateLanguage(acceptLanguage);
    const explain = this.reasons.explainer(r, language);
    const byId = new Map(r.results.map((x) => [x.personId, x.reasons]));
    const items = (await this.view.present(id, r.results, q.limit)).map((c) => ({ ...c, ...explain(byId.get(c.profileId)) }));
    return { opportunityId: id, indexVersion: r.indexVersion, computedAt: r.computedAt, language, items };
  }
}
