import { Body, Controller, Get, Param, Put, UseInterceptors } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal, RestrictedRecord } from '@app/contracts';
import { RestrictedRecordService } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { ProfileIdParamDto, RestrictedRecordDto, RestrictedRecordInputDto } from './dto';
import { ProfileWritesInvalidate } from './profile-writes.interceptor';

/** The restricted record: owning organisation's case managers and admins only; every access audited. */
@ApiTags('profiles')
@Controller('profiles/:id/restricted')
@UseInterceptors(ProfileWritesInvalidate)
@Roles('case_manager', 'admin')
export class RestrictedRecordController {
  constructor(private readonly service: RestrictedRecordService) {}

  @Get()
  @ApiOperation({ summary: 'Read the restricted record', description: 'Legal situation and sensitive data; the access is audited.' })
  @ApiOkResponse({ type: RestrictedRecordDto.Output })
  @ApiErrors({ status: 404, description: 'No such profile in the caller\'s organisation, or it has no restricted record yet' })
  async get(@CurrentPrincipal() p: Principal, @Param() { id }: ProfileIdParamDto): Promise<RestrictedRecord> {
    return (await this.service.get(p, id)) ?? Promise.reject(ApiError.notFound('Restricted record'));
  }

  /** Replaces the whole record (fields left out are cleared). */
  @Put()
  @ApiOperation({ summary: 'Replace the restricted record', description: 'The whole record: fields left out are cleared. Audited; bumps the profile version.' })
  @ApiOkResponse({ type: RestrictedRecordDto.Output })
  @ApiErrors({ status: 404, description: "No such profile in the caller's organisation" })
  put(@CurrentPrincipal() p: Principal, @Param() { id }: ProfileIdParamDto, @Body() body: RestrictedRecordInputDto): Promise<RestrictedRecord> {
    return this.service.put(p, id, body);
  }
}
