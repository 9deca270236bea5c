import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Organisation } from '@app/contracts';
import { OrganisationRepository, OrganisationService } from '@app/persistence';
import { ApiError, Roles } from '@app/platform';
import { CreateOrganisationDto, IdParamDto } from './dto';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly repo: OrganisationRepository,
  ) {}

  @Post()
  @Roles('admin')
  create(@Body() body: CreateOrganisationDto): Promise<Organisation> {
    return this.organisations.create(body);
  }

  @Get()
  @Roles('admin')
  list(): Promise<Organisation[]> {
    return this.repo.list();
  }

  @Get(':id')
  @Roles('admin')
  async get(@Param() { id }: IdParamDto): Promise<Organisation> {
    return (await this.repo.findById(id)) ?? Promise.reject(ApiError.notFound('Organisation'));
  }
}
