import { z } from 'zod';

/** Languages the taxonomy endpoints speak (ESCO labels are loaded in English and Spanish). */
export const TAXONOMY_LANGS = ['es', 'en'] as const;
export const TaxonomyLangSchema = z.enum(TAXONOMY_LANGS).meta({ description: 'Label language', example: 'es' });
export type TaxonomyLang = z.infer<typeof TaxonomyLangSchema>;

export const TAXONOMY_QUERY_MAX = 200;
export const TAXONOMY_LIMIT_MAX = 50;

/** `GET /taxonomy/skills` and `/taxonomy/occupations`: autocomplete. `lang` defaults from Accept-Language. */
export const TaxonomyLookupQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(TAXONOMY_QUERY_MAX).meta({ description: 'What the user typed so far (typos and word forms tolerated)', example: 'panader' }),
  lang: TaxonomyLangSchema.optional().meta({ description: 'Label language; default from Accept-Language' }),
  limit: z.coerce.number().int().min(1).max(TAXONOMY_LIMIT_MAX).default(10),
});
export type TaxonomyLookupQuery = z.infer<typeof TaxonomyLookupQuerySchema>;

export const TaxonomyConceptSchema = z.object({
  uri: z.string().meta({ description: 'ESCO concept URI: what profiles and opportunities store', example: 'http://data.europa.eu/esco/occupation/0f2c3b31-1a7f-4e29-b1c6-0ef0e3c1b0a9' }),
  label: z.string().meta({ description: "Preferred ESCO label in the answer's language (English when the concept has none in it)", example: 'panadero/panadera' }),
  matchedLabel: z.string().meta({ description: 'The label that matched the query', example: 'panadero' }),
  matchedLang: z.string().meta({ description: 'Language of matchedLabel', example: 'es' }),
  confidence: z.number().meta({ description: '0..1: 1 = the query holds the same content words as the label', example: 0.92 }),
});
export type TaxonomyConcept = z.infer<typeof TaxonomyConceptSchema>;

export const TaxonomyLookupResultSchema = z.object({
  lang: TaxonomyLangSchema,
  items: z.array(TaxonomyConceptSchema),
});
export type TaxonomyLookupResult = z.infer<typeof TaxonomyLookupResultSchema>;
