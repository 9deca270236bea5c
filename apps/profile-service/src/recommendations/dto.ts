import { RankAcceptedSchema, RecommendationsQuerySchema, RecommendationsSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class RecommendationsQueryDto extends createZodDto(RecommendationsQuerySchema) {}
export class RecommendationsParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
// Response shapes, for the OpenAPI document.
export class RecommendationsDto extends createZodDto(RecommendationsSchema) {}
export class RankAcceptedDto extends createZodDto(RankAcceptedSchema) {}
