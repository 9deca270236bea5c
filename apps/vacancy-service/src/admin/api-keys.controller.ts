import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiKey, CreatedApiKey } from '@app/contracts';
import { ApiKeyRepository, OrganisationService } from '@app/persistence';
import { ApiError, InvalidationBus, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { ApiKeyDto, ApiKeyListQueryDto, CreateApiKeyDto, CreatedApiKeyDto, IdParamDto } from './dto';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(
    private readonly organisations: OrganisationService,
    private readonly keys: ApiKeyRepository,
    private readonly invalidations: InvalidationBus,
  ) {}

  /** The response holds the key itself; it is never shown again. */
  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Issue an API key', description: 'For an organisation and one role. The response holds the key itself; it is never shown again (only its hash is stored).' })
  @ApiCreatedResponse({ type: CreatedApiKeyDto.Output })
  @ApiErrors({ status: 400, description: 'Invalid request; an unknown organisationId is `organisation_not_found` with the path `organisationId`' })
  create(@Body() body: CreateApiKeyDto): Promise<CreatedApiKey> {
    return this.organisations.issueKey(body);
  }

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List API keys', description: 'Without secrets; optionally of one organisation.' })
  @ApiOkResponse({ type: [ApiKeyDto.Output] })
  list(@Query() query: ApiKeyListQueryDto): Promise<ApiKey[]> {
    return this.keys.list(query.organisationId);
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke an API key', description: 'Refused from the next request on by every service process (their key caches hear of it; one that misses the message asks the database again at the latest 5 s later).' })
  @ApiNoContentResponse({ description: 'Revoked' })
  @ApiErrors({ status: 404, description: 'No such active key' })
  async revoke(@Param() { id }: IdParamDto): Promise<void> {
    if (!(await this.keys.revoke(id))) throw ApiError.notFound('Active API key');
    // Before the 204 leaves: this process's key cache forgets it now, the other processes' on the message.
    this.invalidations.publish({ kind: 'api-key', keyId: id });
  }
}
