import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@app/contracts';
import { OrganisationRepository, OrganisationService } from '@app/persistence';
import { ApiError, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { CreateOrganisationDto, IdParamDto, OrganisationDto } from './dto';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly repo: OrganisationRepository,
  ) {}

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create an organisation', description: 'An NGO, public employment service, employer, training provider or fair organiser; then issue it API keys.' })
  @ApiCreatedResponse({ type: OrganisationDto.Output })
  create(@Body() body: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(body);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List organisations' })
  @ApiOkResponse({ type: [OrganisationDto.Output] })
  list(): Promise<Organisation[]> {
    return this.repo.list();
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Read an organisation' })
  @ApiOkResponse({ type: OrganisationDto.Output })
  @ApiErrors(404)
  async get(@Param() { id }: IdParamDto): Promise<Organisation> {
    return (await this.repo.findById(id)) ?? Promise.reject(ApiError.notFound('Organisation'));
  }
}
