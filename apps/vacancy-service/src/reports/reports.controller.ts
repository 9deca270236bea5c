import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Principal, ProgrammeReport } from '@app/contracts';
import { ProgrammeReportService } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';

class ReportIdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}

/** Programme figures for funders: placement, completion, dropout reasons, retention. */
@ApiTags('reports')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: ProgrammeReportService) {}

  @Get('opportunities/:id')
  @Roles('admin', 'employer', 'case_manager')
  opportunity(@CurrentPrincipal() p: Principal, @Param() { id }: ReportIdParamDto): Promise<ProgrammeReport> {
    return this.reports.forOpportunity(p, id);
  }

  @Get('organisations/:id')
  @Roles('admin', 'employer', 'case_manager')
  organisation(@CurrentPrincipal() p: Principal, @Param() { id }: ReportIdParamDto): Promise<ProgrammeReport> {
    return this.reports.forOrganisation(p, id);
  }
}
