import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DemandImportResult, DemandView, Principal } from '@app/contracts';
import { DemandIndicatorService, DemandViewService } from '@app/persistence';
import { CurrentPrincipal, isTextCsv, readTextBody, Roles, StrictRateLimit } from '@app/platform';
import { TaxonomyService } from '@app/taxonomy/http';
import type { Request } from 'express';
import { DemandImportResultDto, DemandQueryDto, DemandViewDto } from './dto';
import { MAX_INDICATOR_CSV_BYTES, parseIndicatorCsv, parseIndicatorJson } from './indicator-input';

/**
 * Market demand: labour-market indicators imported by admins and public employment services (CSV or a
 * JSON array; all rows or none), and the demand value the scorer uses for an occupation in a region.
 */
@ApiTags('demand')
@Controller('demand')
export class DemandController {
  constructor(
    private readonly indicators: DemandIndicatorService,
    private readonly demand: DemandViewService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Idempotent upsert by (occupation|isco, region, source, date); the scorer recomputes demand on the event it writes. */
  @Post('indicators')
  @StrictRateLimit()
  @Roles('admin', 'case_manager')
  @HttpCode(200)
  @ApiConsumes('application/json', 'text/csv')
  @ApiBody({ schema: { type: 'string', example: 'occupation,isco,region,value,source,date\n,5230,EC-P,0.9,Lista de ocupaciones en demanda,2025-05-01\n' } })
  @ApiOkResponse({ type: DemandImportResultDto.Output })
  async import(@CurrentPrincipal() p: Principal, @Req() req: Request): Promise<DemandImportResult> {
    await this.indicators.assertMayImport(p);
    const rows = isTextCsv(req) ? parseIndicatorCsv(await readTextBody(req, MAX_INDICATOR_CSV_BYTES)) : parseIndicatorJson(req.body);
    return this.indicators.import(rows);
  }

  @Get()
  @Roles('case_manager', 'admin')
  @ApiOkResponse({ type: DemandViewDto.Output })
  view(@Query() q: DemandQueryDto): Promise<DemandView> {
    return this.demand.view(q, this.taxonomy.taxonomy.ids);
  }
}
