import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IdempotencyKeySchema, type Placement, type PlacementTransitionRecord, type Principal } from '@app/contracts';
import { PlacementService } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import { ApiErrors } from '@app/platform/openapi';
import type { FastifyReply } from 'fastify';
import { CreatePlacementDto, PlacementDto, PlacementIdParamDto, PlacementListQueryDto, PlacementOutcomeDto, PlacementTransitionRecordDto, TransitionPlacementDto } from './dto';

const NOT_FOUND = { status: 404, description: 'No such placement visible to the caller' } as const;

/**
 * A person x an opportunity through the pipeline. Case managers propose their own people (admins
 * anyone); employers of the opportunity move referred people through interview, offer, placement,
 * start, completion, rejection and dropout. Every step records the confirming API key.
 */
@ApiTags('placements')
@Controller('placements')
export class PlacementsController {
  constructor(private readonly placements: PlacementService) {}

  /** 201 on creation; 200 with `Idempotent-Replayed: true` when the same Idempotency-Key made it before. */
  @Post()
  @Roles('case_manager', 'admin')
  @ApiOperation({ summary: 'Refer a person to an opportunity', description: "Creates the placement (status `suggested`) for one of the case manager's people and an open opportunity." })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeating a request with the same key returns the first placement' })
  @ApiCreatedResponse({ type: PlacementDto.Output })
  @ApiOkResponse({ type: PlacementDto.Output, description: 'The same Idempotency-Key made it before (`Idempotent-Replayed: true`)', headers: { 'Idempotent-Replayed': { schema: { type: 'string', enum: ['true'] } } } })
  @ApiErrors(
    { status: 404, description: "No such person in the caller's organisation, or no such opportunity visible to the caller" },
    { status: 409, code: 'placement_exists', description: '`placement_exists` (the person already has one for this opportunity), `opportunity_not_open`, or `idempotency_key_in_progress`' },
    { status: 422, code: 'idempotency_key_reused', description: 'The Idempotency-Key was already used with a different request body' },
  )
  async create(
    @CurrentPrincipal() p: Principal,
    @Body() body: CreatePlacementDto,
    @Headers('idempotency-key') rawKey: string | undefined,
    @Res({ passthrough: true }) res: FastifyReply,
  ): Promise<Placement> {
    const key = rawKey === undefined ? undefined : IdempotencyKeySchema.safeParse(rawKey);
    if (key && !key.success) throw ApiError.badRequest('validation_failed', 'The request is not valid', [{ path: 'headers.idempotency-key', message: key.error.issues[0].message, code: 'invalid_format' }]);
    const { placement, replayed } = await this.placements.create(p, body, key?.data);
    if (replayed) res.status(200).header('Idempotent-Replayed', 'true');
    return placement;
  }

  @Get()
  @Roles('case_manager', 'admin', 'employer')
  @ApiOperation({ summary: 'List placements', description: "Case managers: their organisation's people's; employers: their opportunities'." })
  @ApiOkResponse({ type: [PlacementDto.Output] })
  list(@CurrentPrincipal() p: Principal, @Query() query: PlacementListQueryDto): Promise<Placement[]> {
    return this.placements.list(p, query);
  }

  @Get(':id')
  @Roles('case_manager', 'admin', 'employer')
  @ApiOperation({ summary: 'Read a placement' })
  @ApiOkResponse({ type: PlacementDto.Output })
  @ApiErrors(NOT_FOUND)
  get(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto): Promise<Placement> {
    return this.placements.get(p, id);
  }

  /** Who confirmed each step, and when. */
  @Get(':id/transitions')
  @Roles('case_manager', 'admin', 'employer')
  @ApiOperation({ summary: "A placement's steps", description: 'Who confirmed each step, and when (the record of human oversight).' })
  @ApiOkResponse({ type: [PlacementTransitionRecordDto.Output] })
  @ApiErrors(NOT_FOUND)
  history(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto): Promise<PlacementTransitionRecord[]> {
    return this.placements.history(p, id);
  }

  @Post(':id/transitions')
  @Roles('case_manager', 'admin', 'employer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move a placement through the pipeline', description: 'referred, interview, offered, placed, started, completed; or withdrawn, rejected, dropped_out with a reason. The key that confirms the step is recorded.' })
  @ApiOkResponse({ type: PlacementDto.Output })
  @ApiErrors(NOT_FOUND, { status: 409, code: 'illegal_transition', description: '`illegal_transition` (not a step from the current status) or `capacity_full` (placing into a full opportunity)' })
  transition(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto, @Body() body: TransitionPlacementDto): Promise<Placement> {
    return this.placements.transition(p, id, body);
  }

  @Put(':id/outcome')
  @Roles('case_manager', 'admin', 'employer')
  @ApiOperation({ summary: 'Record the outcome of a placement', description: 'Hired after training, employed at 3 and 6 months, wage: replaces the whole outcome (null = not known yet).' })
  @ApiOkResponse({ type: PlacementDto.Output })
  @ApiErrors(NOT_FOUND, { status: 409, code: 'outcome_not_applicable', description: 'Outcomes are recorded once a person is placed' })
  outcome(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto, @Body() body: PlacementOutcomeDto): Promise<Placement> {
    return this.placements.setOutcome(p, id, body);
  }
}
