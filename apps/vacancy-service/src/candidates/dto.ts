import { CandidatesQuerySchema, CandidatesSchema, RankAcceptedSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class CandidatesQueryDto extends createZodDto(CandidatesQuerySchema) {}
export class CandidatesParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
// Response shapes, for the OpenAPI document.
export class CandidatesDto extends createZodDto(CandidatesSchema) {}
export class CandidatesAcceptedDto extends createZodDto(RankAcceptedSchema) {}
