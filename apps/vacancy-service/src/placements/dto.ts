import { CreatePlacementSchema, PlacementListQuerySchema, PlacementOutcomeSchema, PlacementSchema, PlacementTransitionRecordSchema, TransitionPlacementSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class CreatePlacementDto extends createZodDto(CreatePlacementSchema) {}
export class TransitionPlacementDto extends createZodDto(TransitionPlacementSchema) {}
export class PlacementOutcomeDto extends createZodDto(PlacementOutcomeSchema) {}
export class PlacementListQueryDto extends createZodDto(PlacementListQuerySchema) {}
export class PlacementIdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
// Response shapes, for the OpenAPI document.
export class PlacementDto extends createZodDto(PlacementSchema) {}
export class PlacementTransitionRecordDto extends createZodDto(PlacementTransitionRecordSchema) {}
