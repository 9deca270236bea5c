import { CreateOpportunitySchema, ImportResultSchema, OpportunityJsonLdSchema, OpportunityListQuerySchema, OpportunityPageSchema, OpportunitySchema, UpdateOpportunitySchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class CreateOpportunityDto extends createZodDto(CreateOpportunitySchema) {}
export class UpdateOpportunityDto extends createZodDto(UpdateOpportunitySchema) {}
export class OpportunityListQueryDto extends createZodDto(OpportunityListQuerySchema) {}
export class OpportunityIdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
// Response shapes, for the OpenAPI document.
export class OpportunityDto extends createZodDto(OpportunitySchema) {}
export class OpportunityPageDto extends createZodDto(OpportunityPageSchema) {}
export class ImportResultDto extends createZodDto(ImportResultSchema) {}
export class OpportunityJsonLdDto extends createZodDto(OpportunityJsonLdSchema) {}
