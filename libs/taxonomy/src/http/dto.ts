import { TaxonomyExtractRequestSchema, TaxonomyLookupQuerySchema } from '@app/contracts';
import { createZodDto } from 'nestjs-zod';

export class TaxonomyLookupQueryDto extends createZodDto(TaxonomyLookupQuerySchema) {}
export class TaxonomyExtractRequestDto extends createZodDto(TaxonomyExtractRequestSchema) {}
