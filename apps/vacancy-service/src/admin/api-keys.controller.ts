import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ApiKey, CreatedApiKey } from '@app/contracts';
import { ApiKeyRepository, OrganisationService } from '@app/persistence';
import { ApiError, Roles } from '@app/platform';
import { ApiKeyListQueryDto, CreateApiKeyDto, IdParamDto } from './dto';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly keys: ApiKeyRepository,
  ) {}

  /** The response holds the key itself; it is never shown again. */
  @Post()
  @Roles('admin')
  create(@Body() body: CreateApiKeyDto): Promise<CreatedApiKey> {
    return this.organisations.issueKey(body);
  }

  @Get()
  @Roles('admin')
  list(@Query() query: ApiKeyListQueryDto): Promise<ApiKey[]> {
    return this.keys.list(query.organisationId);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  async revoke(@Param() { id }: IdParamDto): Promise<void> {
    if (!(await this.keys.revoke(id))) throw ApiError.notFound('Active API key');
  }
}
