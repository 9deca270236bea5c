import { Controller, Get, Header, Headers, Param, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { EmployerShortlist, Principal, ShortlistResults, ShortlistStatus } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { ShortlistReads } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import type { FastifyReply } from 'fastify';
import { EmployerShortlistDto, IdParamDto, ShortlistOpportunityParamDto, ShortlistResultsDto, ShortlistStatusDto } from './dto';
import { ShortlistPresenter, shortlistCsv } from './shortlist-presenter';

const ACCEPT_LANGUAGE = { name: 'Accept-Language', required: false, description: 'es or en (explanations); default en' };
const NOT_FOUND = { status: 404, description: 'No such shortlist for the caller' } as const;
const NOT_READY = { status: 409, code: 'shortlist_not_ready', description: 'The shortlist is not done yet (its state and percent are in the message): results exist once it is done' } as const;

/** Shortlist progress and results: the fair's organiser and admins see everything; an employer only its own opportunity's list, masked. */
@ApiTags('fairs')
@Controller('shortlists')
export class ShortlistsController {
  constructor(
    private readonly reads: ShortlistReads,
    private readonly presenter: ShortlistPresenter,
  ) {}

  @Get(':id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: "A shortlist's progress", description: 'State and percent (for a progress bar); once done, the allocation report and the fairness audit.' })
  @ApiOkResponse({ type: ShortlistStatusDto.Output })
  @ApiErrors(NOT_FOUND)
  status(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto): Promise<ShortlistStatus> {
    return this.reads.status(p, id);
  }

  @Get(':id/results.json')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: "A shortlist's results", description: "Interview schedule per employer's table and per attendee, with reasons; every attendee without an interview with why; the fairness audit." })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ type: ShortlistResultsDto.Output })
  @ApiErrors(NOT_FOUND, NOT_READY)
  results(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Headers('accept-language') acceptLanguage?: string): Promise<ShortlistResults> {
    return this.presenter.results(p, id, negotiateLanguage(acceptLanguage));
  }

  @Get(':id/results.csv')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: "A shortlist's schedule as CSV", description: 'One row per interview, as a file to download (Content-Disposition: attachment).' })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The schedule, one row per interview', schema: { type: 'string' }, headers: { 'Content-Disposition': { schema: { type: 'string', example: 'attachment; filename="shortlist-<id>.csv"' } } } })
  @ApiErrors(NOT_FOUND, NOT_READY)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Res({ passthrough: true }) res: FastifyReply, @Headers('accept-language') acceptLanguage?: string): Promise<string> {
    res.header('Content-Disposition', `attachment; filename="shortlist-${id}.csv"`);
    return shortlistCsv(await this.presenter.results(p, id, negotiateLanguage(acceptLanguage)));
  }

  @Get(':id/opportunities/:opportunityId')
  @Roles('employer', 'organiser', 'admin')
  @ApiOperation({ summary: "One opportunity's interview list", description: "What the employer sees of its own opportunity's shortlist: times, ranks, the reasons it may see; contact masked until referred, no restricted data." })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ type: EmployerShortlistDto.Output })
  @ApiErrors({ status: 404, description: 'No such shortlist, or the opportunity is not in it or not visible to the caller' }, NOT_READY)
  employer(@CurrentPrincipal() p: Principal, @Param() { id, opportunityId }: ShortlistOpportunityParamDto, @Headers('accept-language') acceptLanguage?: string): Promise<EmployerShortlist> {
    return this.presenter.employer(p, id, opportunityId, negotiateLanguage(acceptLanguage));
  }
}
