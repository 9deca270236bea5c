import { CreateMatchRequestSchema, MatchRequestAcceptedSchema, MatchRequestQuerySchema, MatchRequestSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class CreateMatchRequestDto extends createZodDto(CreateMatchRequestSchema) {}
export class MatchRequestParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
export class MatchRequestQueryDto extends createZodDto(MatchRequestQuerySchema) {}
// Response shapes, for the OpenAPI document.
export class MatchRequestAcceptedDto extends createZodDto(MatchRequestAcceptedSchema) {}
export class MatchRequestDto extends createZodDto(MatchRequestSchema) {}
