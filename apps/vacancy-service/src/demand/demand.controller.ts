import { Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DemandIndicatorBatchSchema, type DemandImportResult, type DemandView, type Principal } from '@app/contracts';
import { DemandIndicatorService, DemandViewService } from '@app/persistence';
import { CurrentPrincipal, isTextCsv, readTextBody, Roles, StrictRateLimit } from '@app/platform';
import { ApiErrors, openApiSchemaOf } from '@app/platform/openapi';
import { TaxonomyService } from '@app/taxonomy/http';
import type { FastifyRequest } from 'fastify';
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
  @ApiOperation({ summary: 'Import labour-market indicators', description: 'CSV or a JSON array; all rows or none (400 with the path of each bad row). Idempotent upsert by (occupation|isco, region, source, date). Admins and public employment services. Under the strict rate limit.' })
  @ApiConsumes('application/json', 'text/csv')
  // One body schema serves both media types (@ApiBody cannot tell them apart): the JSON array or the CSV text.
  @ApiBody({
    schema: {
      oneOf: [
        openApiSchemaOf(DemandIndicatorBatchSchema, 'input'),
        {
          type: 'string',
          description: 'text/csv: a header naming some of occupation, isco, region, value, source, date',
          example: 'occupation,isco,region,value,source,date\n,5230,EC-P,0.9,Lista de ocupaciones en demanda,2025-05-01\n',
        },
      ],
    },
  })
  @ApiOkResponse({ type: DemandImportResultDto.Output })
  @ApiErrors(
    { status: 403, description: "The key's role may not do this: only admins and public employment services import demand indicators" },
    { status: 413, description: 'The body is over the size limit (a CSV over 2 MiB; `payload_too_large`)' },
  )
  async import(@CurrentPrincipal() p: Principal, @Req() req: FastifyRequest): Promise<DemandImportResult> {
    await this.indicators.assertMayImport(p);
    const rows = isTextCsv(req) ? parseIndicatorCsv(await readTextBody(req, MAX_INDICATOR_CSV_BYTES)) : parseIndicatorJson(req.body);
    return this.indicators.import(rows);
  }

  @Get()
  @Roles('case_manager', 'admin')
  @ApiOperation({ summary: 'Market demand for an occupation', description: 'The demand value (0..1) the scorer uses for an occupation (ESCO URI or ISCO code) in a region, with the vacancy signal and the indicators behind it.' })
  @ApiOkResponse({ type: DemandViewDto.Output })
  view(@Query() q: DemandQueryDto): Promise<DemandView> {
    return this.demand.view(q, this.taxonomy.taxonomy.ids);
  }
}
