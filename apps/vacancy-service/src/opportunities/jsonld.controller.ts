import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { opportunityToJsonLd, type Principal } from '@app/contracts';
import { OpportunityRepository, OrganisationRepository } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { OpportunityIdParamDto, OpportunityJsonLdDto } from './dto';

/** schema.org export of one opportunity, readable by whoever may read the opportunity. */
@ApiTags('opportunities')
@Controller('opportunities')
export class OpportunityJsonLdController {
  constructor(
    private readonly repo: OpportunityRepository,
    private readonly organisations: OrganisationRepository,
  ) {}

  @Get(':id/jsonld')
  @Roles('admin', 'employer', 'case_manager', 'organiser')
  @Header('Content-Type', 'application/ld+json; charset=utf-8')
  @ApiOperation({ summary: 'Export an opportunity as schema.org JSON-LD', description: 'JobPosting, WorkBasedProgram or EducationalOccupationalProgram: for job boards; imports back unchanged.' })
  @ApiProduces('application/ld+json')
  @ApiOkResponse({ type: OpportunityJsonLdDto.Output })
  @ApiErrors({ status: 404, description: 'No such opportunity, or not visible to the caller' })
  async export(@CurrentPrincipal() p: Principal, @Param() { id }: OpportunityIdParamDto): Promise<Record<string, unknown>> {
    const o = await this.repo.getVisible(p, id);
    const org = await this.organisations.findById(o.organisationId);
    return opportunityToJsonLd(o, { id: o.organisationId, name: org?.name ?? '' });
  }
}
