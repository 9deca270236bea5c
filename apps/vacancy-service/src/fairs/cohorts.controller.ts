import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Cohort, Principal } from '@app/contracts';
import { CohortRequests } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { CohortDto, CreateCohortDto, IdParamDto } from './dto';

/** Cohort fill: seats of several apprenticeship/training programmes for a group of people, with a waiting list per programme. */
@ApiTags('fairs')
@Controller('cohorts')
@Roles('case_manager', 'organiser', 'admin')
export class CohortsController {
  constructor(private readonly cohorts: CohortRequests) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({ summary: 'Fill a cohort', description: 'Seats of several apprenticeship or training programmes for a group of people, best total fit, with a waiting list per programme; runs on the scorer: follow `poll`. Refused people or programmes: 400 with their paths.' })
  @ApiAcceptedResponse({ type: CohortDto.Output })
  create(@CurrentPrincipal() p: Principal, @Body() body: CreateCohortDto): Promise<Cohort> {
    return this.cohorts.request(p, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'A cohort fill and its result', description: 'State; once done, the seats per programme, the waiting lists and the report.' })
  @ApiOkResponse({ type: CohortDto.Output })
  @ApiErrors({ status: 404, description: "No such cohort of the caller's organisation" })
  get(@CurrentPrincipal() p: Principal, @Param() { id }: IdParamDto): Promise<Cohort> {
    return this.cohorts.get(p, id);
  }
}
