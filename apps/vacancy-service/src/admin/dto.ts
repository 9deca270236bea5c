import { CreateApiKeySchema, CreateOrganisationSchema } from '@app/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CreateOrganisationDto extends createZodDto(CreateOrganisationSchema) {}
export class CreateApiKeyDto extends createZodDto(CreateApiKeySchema) {}
export class IdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
export class ApiKeyListQueryDto extends createZodDto(z.strictObject({ organisationId: z.uuid().optional() })) {}
