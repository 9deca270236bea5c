import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Fair, FairPage, FairShortlists, Principal, RegistrationResult, ShortlistAccepted } from '@app/contracts';
import { FairService, ShortlistReads, ShortlistRequests } from '@app/persistence';
import { CurrentPrincipal, Roles, StrictRateLimit } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import type { FastifyRequest } from 'fastify';
import { parseAttendeeCsv, readCsvBody } from './attendee-csv';
import { AddFairOpportunitiesDto, CreateFairDto, CreateShortlistDto, FairDto, FairListQueryDto, FairPageDto, FairShortlistsDto, IdParamDto, RegisterAttendeesDto, RegistrationResultDto, ShortlistAcceptedDto } from './dto';

const NOT_FOUND = { status: 404, description: 'No such fair managed by the caller (the organising organisation, admins)' } as const;

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
    private readonly shortlistReads: ShortlistReads,
  ) {}

  @Post()
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Create a job fair', description: "For the caller's organisation: a date, the first interview slot and the slot length." })
  @ApiCreatedResponse({ type: FairDto.Output })
  create(@CurrentPrincipal() p: Principal, @Body() body: CreateFairDto): Promise<Fair> {
    return this.fairs.create(p, body);
  }

  @Get()
  @Roles('organiser', 'admin')
  @ApiOperation({
    summary: 'List fairs',
    description: "An organiser's own organisation's fairs (admins: every organisation's, or `organisationId`'s), latest fair day first, each as GET /fairs/:id gives it; page with `cursor` = the previous `nextCursor`.",
  })
  @ApiOkResponse({ type: FairPageDto.Output })
  @ApiErrors({ status: 403, description: "The key's role may not list fairs, or an organiser asked for another organisation's" })
  list(@CurrentPrincipal() p: Principal, @Query() query: FairListQueryDto): Promise<FairPage> {
    return this.fairs.list(p, query);
  }

  @Get(':id')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: 'Read a fair', description: 'With its attendee count and opportunities with their interview slots.' })
  @ApiOkResponse({ type: FairDto.Output })
  @ApiErrors(NOT_FOUND)
  get(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto): Promise<Fair> {
    return this.fairs.get(p, id);
  }

  @Post(':id/attendees')
  @Roles('organiser', 'admin', 'case_manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Register attendees', description: 'Profile ids; every attendee must have consented to matching and to being shown to employers (any refused id rejects the whole request, 400 with its path). Case managers register their own people.' })
  @ApiOkResponse({ type: RegistrationResultDto.Output })
  @ApiErrors(NOT_FOUND)
  register(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Body() body: RegisterAttendeesDto): Promise<RegistrationResult> {
    return this.fairs.registerAttendees(p, id, body.profileIds);
  }

  /** Bulk registration: `text/csv` with a `profile_id` column; any bad row rejects the whole file, each named by its line. */
  @Post(':id/attendees.csv')
  @StrictRateLimit()
  @Roles('organiser', 'admin', 'case_manager')
  @HttpCode(200)
  @ApiOperation({ summary: 'Register attendees from a CSV file', description: 'text/csv with a `profile_id` column (other columns ignored). Any bad row rejects the whole file: 400 with one detail per row, path `line.<n>.profile_id` (the header is line 1). Under the strict rate limit.' })
  @ApiConsumes('text/csv')
  @ApiBody({ schema: { type: 'string', example: 'profile_id\n0b6f3c2e-5d1a-4c8e-9f7b-2a4d6e8f0a1c\n' } })
  @ApiOkResponse({ type: RegistrationResultDto.Output })
  @ApiErrors(
    NOT_FOUND,
    { status: 413, description: 'The CSV is over 1 MiB (`payload_too_large`)' },
    { status: 415, description: 'Not sent as text/csv (`unsupported_media_type`)' },
  )
  async registerCsv(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Req() req: FastifyRequest): Promise<RegistrationResult> {
    const { profileIds, lines } = parseAttendeeCsv(await readCsvBody(req));
    return this.fairs.registerAttendees(p, id, profileIds, (i) => `line.${lines[i]}.profile_id`);
  }

  @Post(':id/opportunities')
  @Roles('organiser', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add opportunities to a fair', description: 'Each with its number of interview slots (all or none are added: 400 with the paths of the refused ones).' })
  @ApiOkResponse({ type: FairDto.Output })
  @ApiErrors(NOT_FOUND)
  addOpportunities(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Body() body: AddFairOpportunitiesDto): Promise<Fair> {
    return this.fairs.addOpportunities(p, id, body);
  }

  @Get(':id/shortlists')
  @Roles('organiser', 'admin')
  @ApiOperation({ summary: "List a fair's shortlists", description: 'Newest first, each with its state, progress and parameters (and the interviews once done); GET /shortlists/:id and its results for the rest.' })
  @ApiOkResponse({ type: FairShortlistsDto.Output })
  @ApiErrors(NOT_FOUND)
  listShortlists(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto): Promise<FairShortlists> {
    return this.shortlistReads.listForFair(p, id);
  }

  /** 202: runs as a flow on the scorer; the same parameters while one runs return that one. */
  @Post(':id/shortlists')
  @StrictRateLimit()
  @Roles('organiser', 'admin')
  @HttpCode(202)
  @ApiOperation({ summary: 'Run a shortlist', description: "Allocates interview slots to attendees (maximum total score or coverage first), then schedules them; runs on the scorer: follow `poll` for its progress. The same parameters while one runs return that one. Under the strict rate limit." })
  @ApiAcceptedResponse({ type: ShortlistAcceptedDto.Output })
  @ApiErrors(NOT_FOUND, { status: 409, code: 'no_attendees', description: '`no_attendees` or `no_opportunities`: register attendees and add opportunities with slots first' })
  requestShortlist(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto, @Body() body: CreateShortlistDto): Promise<ShortlistAccepted> {
    return this.shortlists.request(p, id, body);
  }
}
