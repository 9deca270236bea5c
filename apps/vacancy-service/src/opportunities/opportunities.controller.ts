import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SchemaOrgImportBodySchema, type ImportResult, type Opportunity, type OpportunityPage, type Principal } from '@app/contracts';
import { OpportunityImportService, OpportunityRepository, OpportunityService } from '@app/persistence';
import { CurrentPrincipal, Roles, StrictRateLimit } from '@app/platform';
import { ApiErrors, openApiSchemaOf } from '@app/platform/openapi';
import { resolveOpportunityLabels, TaxonomyService } from '@app/taxonomy/http';
import { CreateOpportunityDto, ImportResultDto, OpportunityDto, OpportunityIdParamDto, OpportunityListQueryDto, OpportunityPageDto, UpdateOpportunityDto } from './dto';

const NOT_FOUND = { status: 404, description: 'No such opportunity, or not visible to the caller (an unpublished one of another organisation is not disclosed)' } as const;
const NOT_OWNER = { status: 403, description: "The key's role may not do this, or the opportunity is another organisation's (published ones are readable, not writable)" } as const;

/**
 * Jobs, apprenticeships and trainings. Employers (and training providers) manage their own
 * organisation's; every role reads published ones; admins everything. See docs/vacancies.md for the
 * 404-versus-403 rule.
 */
@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunitiesController {
  constructor(
    private readonly service: OpportunityService,
    private readonly repo: OpportunityRepository,
    private readonly importer: OpportunityImportService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  @Post()
  @Roles('employer', 'admin')
  @ApiOperation({ summary: 'Post an opportunity', description: "A job, apprenticeship or training of the caller's organisation (admins name `organisationId`). Skills and occupations given as labels are resolved to ESCO." })
  @ApiCreatedResponse({ type: OpportunityDto.Output })
  @ApiErrors(NOT_OWNER, { status: 409, code: 'external_id_taken', description: 'Another opportunity of the organisation already has this externalId' })
  create(@CurrentPrincipal() p: Principal, @Body() body: CreateOpportunityDto): Promise<Opportunity> {
    return this.service.create(p, resolveOpportunityLabels(this.taxonomy, body));
  }

  @Get()
  @Roles('admin', 'employer', 'case_manager', 'organiser')
  @ApiOperation({ summary: 'List opportunities', description: "Published ones, and the caller's own organisation's drafts; page with `cursor` = the previous `nextCursor`." })
  @ApiOkResponse({ type: OpportunityPageDto.Output })
  list(@CurrentPrincipal() p: Principal, @Query() query: OpportunityListQueryDto): Promise<OpportunityPage> {
    return this.repo.list(p, query);
  }

  /** schema.org JSON-LD: one node, an array or an @graph; answers per item (200 even when some are rejected). */
  @Post('import')
  @StrictRateLimit()
  @Roles('employer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Import schema.org JSON-LD', description: 'One node, an array or an @graph of JobPosting / WorkBasedProgram / EducationalOccupationalProgram; idempotent on the identifier. Answers per item (200 even when some are rejected). Under the strict rate limit.' })
  @ApiBody({ schema: openApiSchemaOf(SchemaOrgImportBodySchema, 'input') })
  @ApiOkResponse({ type: ImportResultDto.Output })
  import(@CurrentPrincipal() p: Principal, @Body() body: unknown): Promise<ImportResult> {
    // A union (node | array | @graph) cannot be a DTO class; a ZodError here still becomes a 400 with paths.
    return this.importer.import(p, SchemaOrgImportBodySchema.parse(body));
  }

  @Get(':id')
  @Roles('admin', 'employer', 'case_manager', 'organiser')
  @ApiOperation({ summary: 'Read an opportunity' })
  @ApiOkResponse({ type: OpportunityDto.Output })
  @ApiErrors(NOT_FOUND)
  get(@CurrentPrincipal() p: Principal, @Param() { id }: OpportunityIdParamDto): Promise<Opportunity> {
    return this.repo.getVisible(p, id);
  }

  @Patch(':id')
  @Roles('employer', 'admin')
  @ApiOperation({ summary: 'Change an opportunity', description: 'Any field but the kind; fields not given stay. With `version`, only if it is still at that version.' })
  @ApiOkResponse({ type: OpportunityDto.Output })
  @ApiErrors(NOT_OWNER, NOT_FOUND, {
    status: 409,
    description: '`version_conflict` (`version` is not the current one), `capacity_below_booked` (fewer seats than are booked) or `external_id_taken`',
    code: 'version_conflict',
  })
  update(@CurrentPrincipal() p: Principal, @Param() { id }: OpportunityIdParamDto, @Body() body: UpdateOpportunityDto): Promise<Opportunity> {
    return this.service.update(p, id, resolveOpportunityLabels(this.taxonomy, body));
  }

  @Post(':id/close')
  @Roles('employer', 'admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Close an opportunity', description: 'Sets its status to `closed`: it is no longer ranked for anyone.' })
  @ApiOkResponse({ type: OpportunityDto.Output })
  @ApiErrors(NOT_OWNER, NOT_FOUND)
  close(@CurrentPrincipal() p: Principal, @Param() { id }: OpportunityIdParamDto): Promise<Opportunity> {
    return this.service.close(p, id);
  }
}
