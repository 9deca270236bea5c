import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Fair, Principal, RegistrationResult, ShortlistAccepted } from '@app/contracts';
import { FairService, ShortlistRequests } from '@app/persistence';
import { CurrentPrincipal, Roles, StrictRateLimit } from '@app/platform';
import type { Request } from 'express';
import { parseAttendeeCsv, readCsvBody } from './attendee-csv';
import { AddFairOpportunitiesDto, CreateFairDto, CreateShortlistDto, FairDto, IdParamDto, RegisterAttendeesDto, RegistrationResultDto, ShortlistAcceptedDto } from './dto';

/**
 * Job fairs: the organiser of the organising organisation (and admins) creates a fair, adds opportunities
 * with interview slots and asks for shortlists. Attendees are registered by the organiser or admins, or
 * by case managers for their own people; every attendee must have consented to matching and to being
 * shown to employers (docs/fairs.md).
 */
@ApiTags('fairs')
@Controller('fairs')
export class FairsController {
  constructor(
    private readonly fairs: FairService,
    private readonly shortlists: ShortlistRequests,
  ) {}

  @Post()
  @Roles('organiser', 'admin')
  @ApiCreatedResponse({ type: FairDto.Output })
  create(@CurrentPrincipal() p: Principal, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.create(p, body);
  }

  @Get(':id')
  @Roles('organiser', 'admin')
  @ApiOkResponse({ type: FairDto.Output })
  get(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto): Promise<Fair> {
    return this.fairs.get(p, id);
  }

  @Post(':id/attendees')
  @Roles('organiser', 'admin', 'case_manager')
  @HttpCode(200)
  @ApiOkResponse({ type: RegistrationResultDto.Output })
  register(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Body() body: RegisterAttendeesDto): Promise<RegistrationResult> {
    return this.fairs.registerAttendees(p, id, body.profileIds);
  }

  /** Bulk registration: `text/csv` with a `profile_id` column; any bad row rejects the whole file, each named by its line. */
  @Post(':id/attendees.csv')
  @StrictRateLimit()
  @Roles('organiser', 'admin', 'case_manager')
  @HttpCode(200)
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'profile_id\n3f1c...\n' } })
  @ApiOkResponse({ type: RegistrationResultDto.Output })
  async registerCsv(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Req() req: Request): Promise<RegistrationResult> {
    const { profileIds, lines } = parseAttendeeCsv(await readCsvBody(req));
    return this.fairs.registerAttendees(p, id, profileIds, (i) => `line.${lines[i]}.profile_id`);
  }

  @Post(':id/opportunities')
  @Roles('organiser', 'admin')
  @HttpCode(200)
  @ApiOkResponse({ type: FairDto.Output })
  addOpportunities(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Body() body: AddFairOpportunitiesDto): Promise<Fair> {
    return this.fairs.addOpportunities(p, id, body);
  }

  /** 202: runs as a flow on the scorer; the same parameters while one runs return that one. */
  @Post(':id/shortlists')
  @StrictRateLimit()
  @Roles('organiser', 'admin')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: ShortlistAcceptedDto.Output })
  requestShortlist(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Body() body: CreateShortlistDto): Promise<ShortlistAccepted> {
    return this.shortlists.request(p, id, body);
  }
}
