import { Controller, Get, Header, Headers, Param, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { EmployerShortlist, Principal, ShortlistResults, ShortlistStatus } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { ShortlistReads } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import type { Response } from 'express';
import { EmployerShortlistDto, IdParamDto, ShortlistOpportunityParamDto, ShortlistResultsDto, ShortlistStatusDto } from './dto';
import { ShortlistPresenter, shortlistCsv } from './shortlist-presenter';

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
  @ApiOkResponse({ type: ShortlistStatusDto.Output })
  status(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto): Promise<ShortlistStatus> {
    return this.reads.status(p, id);
  }

  @Get(':id/results.json')
  @Roles('organiser', 'admin')
  @ApiOkResponse({ type: ShortlistResultsDto.Output })
  results(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Headers('accept-language') acceptLanguage?: string): Promise<ShortlistResults> {
    return this.presenter.results(p, id, negotiateLanguage(acceptLanguage));
  }

  @Get(':id/results.csv')
  @Roles('organiser', 'admin')
  @ApiProduces('text/csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Res({ passthrough: true }) res: Response, @Headers('accept-language') acceptLanguage?: string): Promise<string> {
    res.setHeader('Content-Disposition', `attachment; filename="shortlist-${id}.csv"`);
    return shortlistCsv(await this.presenter.results(p, id, negotiateLanguage(acceptLanguage)));
  }

  @Get(':id/opportunities/:opportunityId')
  @Roles('employer', 'organiser', 'admin')
  @ApiOkResponse({ type: EmployerShortlistDto.Output })
  employer(@CurrentPrincipal() p: Principal, @Param() { id, opportunityId }: ShortlistOpportunityParamDto, @Headers('accept-language') acceptLanguage?: string): Promise<EmployerShortlist> {
    return this.presenter.employer(p, id, opportunityId, negotiateLanguage(acceptLanguage));
  }
}
