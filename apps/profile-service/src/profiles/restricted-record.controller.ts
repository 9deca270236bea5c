import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal, RestrictedRecord } from '@app/contracts';
import { RestrictedRecordService } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import { ProfileIdParamDto, RestrictedRecordDto, RestrictedRecordInputDto } from './dto';

/** The restricted record: owning organisation's case managers and admins only; every access audited. */
@ApiTags('profiles')
@Controller('profiles/:id/restricted')
@Roles('case_manager', 'admin')
export class RestrictedRecordController {
  constructor(private readonly service: RestrictedRecordService) {}

  @Get()
  @ApiOkResponse({ type: RestrictedRecordDto.Output })
  async get(@CurrentPrincipal() p: Principal, @Param() { id }: ProfileIdParamDto): Promise<RestrictedRecord> {
    return (await this.service.get(p, id)) ?? Promise.reject(ApiError.notFound('Restricted record'));
  }

  /** Replaces the whole record (fields left out are cleared). */
  @Put()
  @ApiOkResponse({ type: RestrictedRecordDto.Output })
  put(@CurrentPrincipal() p: Principal, @Param() { id }: ProfileIdParamDto, @Body() body: RestrictedRecordInputDto): Promise<RestrictedRecord> {
    return this.service.put(p, id, body);
  }
}
