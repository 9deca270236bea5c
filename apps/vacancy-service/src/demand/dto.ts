import { DemandImportResultSchema, DemandQuerySchema, DemandViewSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';

export class DemandQueryDto extends createZodDto(DemandQuerySchema) {}
// Response shapes, for the OpenAPI document.
export class DemandViewDto extends createZodDto(DemandViewSchema) {}
export class DemandImportResultDto extends createZodDto(DemandImportResultSchema) {}
