import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SchemaOrgImportBodySchema, type ImportResult, type Opportunity, type OpportunityPage, type Principal } from '@app/contracts';
import { OpportunityImportService, OpportunityRepository, OpportunityService } from '@app/persistence';
import { CurrentPrincipal, Roles, StrictRateLimit } from '@app/platform';
import { resolveOpportunityLabels, TaxonomyService } from '@app/taxonomy/http';
import { CreateOpportunityDto, OpportunityIdParamDto, OpportunityListQueryDto, UpdateOpportunityDto } from './dto';

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
  create(@CurrentPrincipal() p: Principal, @Body() body: CreateOpportunityDto): Promise<Opportunity> {
    return this.service.create(p, resolveOpportunityLabels(this.taxonomy, body));
  }

  @Get()
  @Roles('admin', 'employer', 'case_manager', 'organiser')
  list(@CurrentPrincipal() p: Principal, @Query() query: OpportunityListQueryDto): Promise<OpportunityPage> {
    return this.repo.list(p, query);
  }

  /** schema.org JSON-LD: one node, an array or an @graph; answers per item (200 even when some are rejected). */
  @Post('import')
  @StrictRateLimit()
  @Roles('employer')
  @HttpCode(200)
  import(@CurrentPrincipal() p: Principal, @Body() body: unknown): Promise<ImportResult> {
    // A union (node | array | @graph) cannot be a DTO class; a ZodError here still becomes a 400 with paths.
    return this.importer.import(p, SchemaOrgImportBodySchema.parse(body));
  }

  @Get(':id')
  @Roles('admin', 'employer', 'case_manager', 'organiser')
  get(@CurrentPrincipal() p: Principal, @Param() { id }: OpportunityIdParamDto): Promise<Opportunity> {
    return this.repo.getVisible(p, id);
  }

  @Patch(':id')
  @Roles('employer', 'admin')
  update(@CurrentPrincipal() p: Principal, @Param() { id }: OpportunityIdParamDto, @Body() body: UpdateOpportunityDto): Promise<Opportunity> {
    return this.service.update(p, id, resolveOpportunityLabels(this.taxonomy, body));
  }

  @Post(':id/close')
  @Roles('employer', 'admin')
  @HttpCode(200)
  close(@CurrentPrincipal() p: Principal, @Param() { id }: OpportunityIdParamDto): Promise<Opportunity> {
    return this.service.close(p, id);
  }
}
