import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Cohort, Principal } from '@app/contracts';
import { CohortRequests } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import { CohortDto, CreateCohortDto, IdParamDto } from './dto';

/** Cohort fill: seats of several apprenticeship/training programmes for a group of people, with a waiting list per programme. */
@ApiTags('fairs')
@Controller('cohorts')
@Roles('case_manager', 'organiser', 'admin')
export class CohortsController {
  constructor(private readonly cohorts: CohortRequests) {}

  @Post()
  @HttpCode(202)
  @ApiAcceptedResponse({ type: CohortDto.Output })
  create(@CurrentPrincipal() p: Principal, @Body() body: CreateCohortDto): Promise<Cohort> {
    return this.cohorts.request(p, body);
  }

  @Get(':id')
  @ApiOkResponse({ type: CohortDto.Output })
  get(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto): Promise<Cohort> {
    return this.cohorts.get(p, id);
  }
}
