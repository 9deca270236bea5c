import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiConflictResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RankAccepted, RankedReplacementsResult, Replacements } from '@app/contracts';
import { CandidateViewService, mayWrite, OpportunityRepository, RankRequests, todayEpochDay } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import type { Response } from 'express';
import { CandidatesParamDto } from '../candidates/dto';
import { OVERFETCH } from '../candidates/candidates.controller';
import { runOrPoll } from '../candidates/ranked-request';
import { ReplacementsAcceptedDto, ReplacementsDto, ReplacementsQueryDto } from './dto';
import { replacementWindow } from './replacement-window';

/** A person already holding a seat (or done with it) is not a replacement for it. */
const HOLDS_SEAT = new Set(['placed', 'started', 'completed']);

/**
 * Replacements after a dropout (the owning employer or provider, admins): only while a seat is free and
 * the programme is inside its replacement window (else 409); people on the cohort waiting list first,
 * then the best ranked who can start today. Same consent filter and masking as the candidates; computed
 * by the scorer (`rank.replacements`) with the same bounded wait / 202 + poll.
 */
@ApiTags('candidates')
@Controller('opportunities')
@Roles('employer', 'admin')
export class ReplacementsController {
  constructor(
    private readonly opportunities: OpportunityRepository,
    private readonly rank: RankRequests,
    private readonly view: CandidateViewService,
  ) {}

  @Get(':id/replacements')
  @ApiOkResponse({ type: ReplacementsDto.Output })
  @ApiAcceptedResponse({ type: ReplacementsAcceptedDto.Output, description: 'Being computed: GET the poll URL again' })
  @ApiConflictResponse({ description: 'replacement_window_closed (with the window end date) or no_free_seat' })
  async list(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: CandidatesParamDto,
    @Query() q: ReplacementsQueryDto,
    @Res({ passthrough: true }) res: Response,
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
    const bySource = new Map(r.results.map((x) => [x.personId, x]));
    const shown = (await this.view.present(id, r.results, r.results.length)).filter((c) => !HOLDS_SEAT.has(c.placementStatus ?? ''));
    return {
      opportunityId: id,
      windowEnd: window.end,
      seatsFree,
      indexVersion: r.indexVersion,
      computedAt: r.computedAt,
      items: shown.slice(0, q.limit).map((c) => ({ ...c, source: bySource.get(c.profileId)!.source, waitingListPosition: bySource.get(c.profileId)!.waitingListPosition })),
    };
  }
}
