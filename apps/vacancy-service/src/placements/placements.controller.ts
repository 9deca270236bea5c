import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiHeader, ApiTags } from '@nestjs/swagger';
import { IdempotencyKeySchema, type Placement, type PlacementTransitionRecord, type Principal } from '@app/contracts';
import { PlacementService } from '@app/persistence';
import { ApiError, CurrentPrincipal, Roles } from '@app/platform';
import type { Response } from 'express';
import { CreatePlacementDto, PlacementIdParamDto, PlacementListQueryDto, PlacementOutcomeDto, TransitionPlacementDto } from './dto';

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
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Repeating a request with the same key returns the first placement' })
  async create(
    @CurrentPrincipal() p: Principal,
    @Body() body: CreatePlacementDto,
    @Headers('idempotency-key') rawKey: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Placement> {
    const key = rawKey === undefined ? undefined : IdempotencyKeySchema.safeParse(rawKey);
    if (key && !key.success) throw ApiError.badRequest('validation_failed', 'The request is not valid', [{ path: 'headers.idempotency-key', message: key.error.issues[0].message, code: 'invalid_format' }]);
    const { placement, replayed } = await this.placements.create(p, body, key?.data);
    if (replayed) res.status(200).setHeader('Idempotent-Replayed', 'true');
    return placement;
  }

  @Get()
  @Roles('case_manager', 'admin', 'employer')
  list(@CurrentPrincipal() p: Principal, @Query() query: PlacementListQueryDto): Promise<Placement[]> {
    return this.placements.list(p, query);
  }

  @Get(':id')
  @Roles('case_manager', 'admin', 'employer')
  get(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto): Promise<Placement> {
    return this.placements.get(p, id);
  }

  /** Who confirmed each step, and when. */
  @Get(':id/transitions')
  @Roles('case_manager', 'admin', 'employer')
  history(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto): Promise<PlacementTransitionRecord[]> {
    return this.placements.history(p, id);
  }

  @Post(':id/transitions')
  @Roles('case_manager', 'admin', 'employer')
  @HttpCode(200)
  transition(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto, @Body() body: TransitionPlacementDto): Promise<Placement> {
    return this.placements.transition(p, id, body);
  }

  @Put(':id/outcome')
  @Roles('case_manager', 'admin', 'employer')
  outcome(@CurrentPrincipal() p: Principal, @Param() { id }: PlacementIdParamDto, @Body() body: PlacementOutcomeDto): Promise<Placement> {
    return this.placements.setOutcome(p, id, body);
  }
}
