import { RankAcceptedSchema, ReplacementsQuerySchema, ReplacementsSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';

export class ReplacementsQueryDto extends createZodDto(ReplacementsQuerySchema) {}
// Response shapes, for the OpenAPI document.
export class ReplacementsDto extends createZodDto(ReplacementsSchema) {}
export class ReplacementsAcceptedDto extends createZodDto(RankAcceptedSchema) {}
