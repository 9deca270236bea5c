import { CreateOpportunitySchema, OpportunityListQuerySchema, UpdateOpportunitySchema } from '@app/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CreateOpportunityDto extends createZodDto(CreateOpportunitySchema) {}
export class UpdateOpportunityDto extends createZodDto(UpdateOpportunitySchema) {}
export class OpportunityListQueryDto extends createZodDto(OpportunityListQuerySchema) {}
export class OpportunityIdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
