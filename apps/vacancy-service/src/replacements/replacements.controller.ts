import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal, RankAccepted, RankedReplacementsResult, Replacements } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { mayWrite, OpportunityRepository, RankRequests, ReplacementViewService, todayEpochDay } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import type { FastifyReply } from 'fastify';
import { CandidatesParamDto } from '../candidates/dto';
import { OVERFETCH } from '../candidates/candidates.controller';
import { EmployerReasons } from '../candidates/employer-reasons';
import { runOrPoll } from '../candidates/ranked-request';
import { ReplacementsAcceptedDto, ReplacementsDto, ReplacementsQueryDto } from './dto';
import { explainReplacementReason, explainSkipped } from './replacement-explanations';
import { replacementWindow } from './replacement-window';

/**
 * Replacements after a dropout (the owning employer or provider, admins): only while a seat is free and
 * the programme is inside its replacement window (else 409); people on the cohort waiting list first,
 * then the best ranked, all of whom can start by the window's last day (jobs: today); never someone who
 * holds the seat, dropped out of it or is placed elsewhere at the same time. Each item says why it is
 * where it is, and `skipped` how many were left out and why (rendered by Accept-Language). Same consent
 * filter and masking as the candidates; computed by the scorer (`rank.replacements`) with the same
 * bounded wait / 202 + poll.
 */
@ApiTags('candidates')
@Controller('opportunities')
@Roles('employer', 'admin')
export class ReplacementsController {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly rank: RankRequests,
    private readonly view: ReplacementViewService,
    private readonly reasons: EmployerReasons,
  ) {}

  @Get(':id/replacements')
  @ApiOperation({
    summary: 'Replacements for a freed seat',
    description:
      "After a dropout, while the programme's replacement window is open: the cohort waiting list first, then the best ranked who can start in time, each with why; `skipped` counts who was left out and why. Same bounded wait / 202 + poll as the candidates.",
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'es or en (explanations); default en' })
  @ApiOkResponse({ type: ReplacementsDto.Output })
  @ApiAcceptedResponse({ type: ReplacementsAcceptedDto.Output, description: 'Being computed: GET the poll URL again' })
  @ApiErrors(
    { status: 403, description: "The key's role may not do this, or the opportunity is another organisation's" },
    { status: 404, description: 'No such opportunity visible to the caller, or no such replacements job (`jobId`)' },
    { status: 409, code: 'replacement_window_closed', description: '`replacement_window_closed` (details[0] has the window end date, path `windowEnd`) or `no_free_seat`' },
    { status: 503, code: 'ranking_unavailable', description: 'The queue cannot be reached: nothing stored answers this request; try again shortly' },
  )
  async list(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: CandidatesParamDto,
    @Query() q: ReplacementsQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Replacements | RankAccepted> {
    const o = await this.opportunities.getVisible(p, id);
    if (!mayWrite(p, o)) throw ApiError.forbidden('Only the organisation that offers this opportunity sees replacements');
    const window = replacementWindow(o, todayEpochDay());
    if (!window.open) {
      throw new ApiError(409, 'replacement_window_closed', `The replacement window closed on ${window.end}`, [{ path: 'windowEnd', message: window.end ?? '', code: 'replacement_window_closed' }]);
    }
    const seatsFree = Math.max(0, o.capacity - o.booked);
    if (seatsFree === 0 || (o.status !== 'open' && o.status !== 'filled')) throw ApiError.conflict('no_free_seat', 'No seat is free: replacements are for a seat a dropout or withdrawal freed');
    const outcome = await runOrPoll<RankedReplacementsResult>(this.rank, { type: 'rank.replacements', opportunityId: id, limit: Math.min(1000, q.limit * OVERFETCH) }, q.jobId, 'Replacements job');
    if (outcome.state === 'pending') {
      res.status(202);
      return { jobId: outcome.jobId, poll: `/opportunities/${id}/replacements?limit=${q.limit}&jobId=${outcome.jobId}` };
    }
    const r = outcome.result;
    const list = await this.view.present(id, r, q.limit);
    const language = negotiateLanguage(acceptLanguage);
    const explainFit = this.reasons.explainer(r, language);
    const reasonsOf = new Map(r.results.map((x) => [x.personId, x.reasons]));
    return {
      opportunityId: id,
      windowEnd: window.end,
      canStartBy: list.canStartBy,
      seatsFree,
      indexVersion: r.indexVersion,
      computedAt: r.computedAt,
      language,
      items: list.items.map((item) => {
        const fit = explainFit(reasonsOf.get(item.profileId));
        return { ...item, explanation: explainReplacementReason(item.reason, language), fitReasons: fit.reasons, fitExplanation: fit.explanation };
      }),
      skipped: list.skipped,
      skippedExplanation: explainSkipped(list.skipped, list.canStartBy, language),
    };
  }
}
