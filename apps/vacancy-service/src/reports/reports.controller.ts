import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProgrammeReportSchema, type Principal, type ProgrammeReport } from '@app/contracts';
import { ProgrammeReportService } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors, createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

class ReportIdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
class ProgrammeReportDto extends createZodDto(ProgrammeReportSchema) {}

/** Programme figures for funders: placement, completion, dropout reasons, retention. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ProgrammeReportService) {}

  @Get('opportunities/:id')
  @Roles('admin', 'employer', 'case_manager')
  @ApiOperation({ summary: "An opportunity's programme figures", description: 'Placement, completion and dropout (with reasons), retention at 3 and 6 months, hired after training; each ratio with what it was computed from. Case managers see their own people only.' })
  @ApiOkResponse({ type: ProgrammeReportDto.Output })
  @ApiErrors({ status: 404, description: 'No such opportunity visible to the caller' })
  opportunity(@CurrentPrincipal() p: Principal, @Param() { id }: ReportIdParamDto): Promise<ProgrammeReport> {
    return this.reports.forOpportunity(p, id);
  }

  @Get('organisations/:id')
  @Roles('admin', 'employer', 'case_manager')
  @ApiOperation({ summary: "An organisation's programme figures", description: "The same figures over every opportunity of the organisation (the caller's own, unless admin)." })
  @ApiOkResponse({ type: ProgrammeReportDto.Output })
  @ApiErrors({ status: 404, description: 'No such organisation' })
  organisation(@CurrentPrincipal() p: Principal, @Param() { id }: ReportIdParamDto): Promise<ProgrammeReport> {
    return this.reports.forOrganisation(p, id);
  }
}
