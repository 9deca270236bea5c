import { Body, Controller, Delete, Get, Headers, HttpCode, Param, Patch, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { ApiBody, ApiCreatedResponse, ApiHeader, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { WithdrawConsentSchema, type Principal, type Profile, type ProfileExport, type ProfilePage } from '@app/contracts';
import { ProfileExportService, ProfileRepository, ProfileService } from '@app/persistence';
import { CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import { resolveProfileLabels, TaxonomyService } from '@app/taxonomy/http';
import type { FastifyReply } from 'fastify';
import { CreateProfileDto, PatchProfileDto, ProfileDto, ProfileExportDto, ProfileIdParamDto, ProfileListQueryDto, ProfilePageDto, WithdrawConsentDto } from './dto';
import { parseIdempotencyKey, parseIfMatch, setVersionTag } from './http-headers';
import { ProfileWritesInvalidate } from './profile-writes.interceptor';

const IF_MATCH = { name: 'If-Match', required: false, description: 'Profile version last seen ("3"); 409 version_mismatch when it has changed since' };
const ETAG = { ETag: { description: 'The profile version ("3"), for the next If-Match', schema: { type: 'string' } } };
const VERSION_MISMATCH = { status: 409, code: 'version_mismatch', description: 'If-Match names an older version: read the profile again and reapply the change' } as const;
const NOT_FOUND = { status: 404, description: "No such profile in the caller's organisation (another organisation's profile is not disclosed)" } as const;

/**
 * People's profiles: case managers of the owning organisation and admins. Another organisation's
 * profile is a 404 (its existence is not disclosed); employers and organisers get 403 everywhere here.
 */
@ApiTags('profiles')
@Controller('profiles')
@UseInterceptors(ProfileWritesInvalidate)
@Roles('case_manager', 'admin')
export class ProfilesController {
  constructor(
    private readonly service: ProfileService,
    private readonly repo: ProfileRepository,
    private readonly exporter: ProfileExportService,
    private readonly taxonomy: TaxonomyService,
  ) {}

  /** Creates in the caller's organisation. A retry with the same Idempotency-Key answers 200 with the first result. */
  @Post()
  @ApiOperation({ summary: 'Create a profile', description: "In the caller's organisation; every section optional (a profile grows over several sessions). Skills and occupations given as labels are resolved to ESCO." })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes retries safe: same key and body = the same profile, not a second one' })
  @ApiCreatedResponse({ type: ProfileDto.Output, headers: ETAG })
  @ApiOkResponse({ type: ProfileDto.Output, headers: ETAG, description: 'A retry with the same Idempotency-Key and body: the profile it created' })
  @ApiErrors({ status: 409, code: 'idempotency_key_reused', description: 'This Idempotency-Key was used for a different request' })
  async create(
    @CurrentPrincipal() p: Principal,
    @Body() body: CreateProfileDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Profile> {
    const { profile, created } = await this.service.create(p, resolveProfileLabels(this.taxonomy, body), parseIdempotencyKey(idempotencyKey));
    res.status(created ? 201 : 200);
    setVersionTag(res, profile.version);
    return profile;
  }

  @Get()
  @ApiOperation({ summary: "List the organisation's profiles", description: 'Exact filters; page with `cursor` = the previous `nextCursor`.' })
  @ApiOkResponse({ type: ProfilePageDto.Output })
  list(@CurrentPrincipal() p: Principal, @Query() query: ProfileListQueryDto): Promise<ProfilePage> {
    return this.repo.list(p, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Read a profile' })
  @ApiOkResponse({ type: ProfileDto.Output, headers: ETAG })
  @ApiErrors(NOT_FOUND)
  async get(@CurrentPrincipal() p: Principal, @Param() { id }: ProfileIdParamDto, @Res({ passthrough: true }) res: FastifyReply): Promise<Profile> {
    const profile = await this.repo.get(p, id);
    setVersionTag(res, profile.version);
    return profile;
  }

  /** Replaces the sections given (null removes one); the others stay. */
  @Patch(':id')
  @ApiOperation({ summary: 'Change profile sections', description: 'Replaces the sections given (null removes one); the others stay. Conditional with If-Match.' })
  @ApiHeader(IF_MATCH)
  @ApiOkResponse({ type: ProfileDto.Output, headers: ETAG })
  @ApiErrors(NOT_FOUND, VERSION_MISMATCH)
  async patch(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: ProfileIdParamDto,
    @Body() body: PatchProfileDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Profile> {
    const profile = await this.service.patch(p, id, resolveProfileLabels(this.taxonomy, body), parseIfMatch(ifMatch));
    setVersionTag(res, profile.version);
    return profile;
  }

  /** Withdraws the scopes given, or all consent without a body. */
  @Post(':id/consent/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw consent', description: 'The scopes given, or all consent without a body. Without `matching` the person is no longer ranked; without `visible_to_employers` no employer sees them.' })
  @ApiHeader(IF_MATCH)
  @ApiBody({ type: WithdrawConsentDto, required: false })
  @ApiOkResponse({ type: ProfileDto.Output, headers: ETAG })
  @ApiErrors(NOT_FOUND, VERSION_MISMATCH)
  async withdrawConsent(
    @CurrentPrincipal() p: Principal,
    @Param() { id }: ProfileIdParamDto,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Profile> {
    // The body is optional, which a DTO class cannot say; a ZodError here still becomes a 400 with paths.
    const scopes = WithdrawConsentSchema.parse(body ?? {});
    const profile = await this.service.withdrawConsent(p, id, scopes, parseIfMatch(ifMatch));
    setVersionTag(res, profile.version);
    return profile;
  }

  /** GDPR erasure: personal data and the restricted record are gone; later reads are 404. */
  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase a profile (GDPR)', description: 'Personal data and the restricted record are gone; later reads are 404.' })
  @ApiNoContentResponse({ description: 'Erased' })
  @ApiErrors(NOT_FOUND)
  erase(@CurrentPrincipal() p: Principal, @Param() { id }: ProfileIdParamDto): Promise<void> {
    return this.service.erase(p, id);
  }

  /** Everything held about the person, the restricted record and the access log included (audited). */
  @Get(':id/export')
  @ApiOperation({ summary: 'Export everything held about a person (GDPR)', description: 'The profile, the restricted record and the access log; the export itself is audited.' })
  @ApiOkResponse({ type: ProfileExportDto.Output })
  @ApiErrors(NOT_FOUND)
  export(@CurrentPrincipal() p: Principal, @Param() { id }: ProfileIdParamDto): Promise<ProfileExport> {
    return this.exporter.export(p, id);
  }
}
