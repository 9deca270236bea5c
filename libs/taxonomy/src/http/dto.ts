import { TaxonomyExtractionSchema, TaxonomyExtractRequestSchema, TaxonomyInfoSchema, TaxonomyLookupQuerySchema, TaxonomyLookupResultSchema } from '@app/contracts';
import { createZodDto } from '@app/platform/openapi';

export class TaxonomyLookupQueryDto extends createZodDto(TaxonomyLookupQuerySchema) {}
export class TaxonomyExtractRequestDto extends createZodDto(TaxonomyExtractRequestSchema) {}
// Response shapes, for the OpenAPI document.
export class TaxonomyLookupResultDto extends createZodDto(TaxonomyLookupResultSchema) {}
export class TaxonomyExtractionDto extends createZodDto(TaxonomyExtractionSchema) {}
export class TaxonomyInfoDto extends createZodDto(TaxonomyInfoSchema) {}
