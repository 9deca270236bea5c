import { ApiKeySchema, CreateApiKeySchema, CreatedApiKeySchema, CreateOrganisationSchema, OrganisationSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';
import { z } from 'zod';

export class CreateOrganisationDto extends createZodDto(CreateOrganisationSchema) {}
export class CreateApiKeyDto extends createZodDto(CreateApiKeySchema) {}
export class IdParamDto extends createZodDto(z.strictObject({ id: z.uuid() })) {}
export class ApiKeyListQueryDto extends createZodDto(z.strictObject({ organisationId: z.uuid().optional() })) {}
// Response shapes, for the OpenAPI document.
export class OrganisationDto extends createZodDto(OrganisationSchema) {}
export class ApiKeyDto extends createZodDto(ApiKeySchema) {}
export class CreatedApiKeyDto extends createZodDto(CreatedApiKeySchema) {}
