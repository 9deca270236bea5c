import { z } from 'zod';

/** Languages the taxonomy endpoints speak (ESCO labels are loaded in English and Spanish). */
export const TAXONOMY_LANGS = ['es', 'en'] as const;
export const TaxonomyLangSchema = z.enum(TAXONOMY_LANGS);
export type TaxonomyLang = z.infer<typeof TaxonomyLangSchema>;

export const TAXONOMY_QUERY_MAX = 200;
export const TAXONOMY_LIMIT_MAX = 50;

/** `GET /taxonomy/skills` and `/taxonomy/occupations`: autocomplete. `lang` defaults from Accept-Language. */
export const TaxonomyLookupQuerySchema = z.strictObject({
  q: z.string().trim().min(1).max(TAXONOMY_QUERY_MAX),
  lang: TaxonomyLangSchema.optional(),
  limit: z.coerce.number().int().min(1).max(TAXONOMY_LIMIT_MAX).default(10),
});
export type TaxonomyLookupQuery = z.infer<typeof TaxonomyLookupQuerySchema>;

export const TaxonomyConceptSchema = z.object({
  /** ESCO concept URI. */
  uri: z.string(),
  /** Preferred ESCO label in the answer's language (English when the concept has none in it). */
  label: z.string(),
  /** The label that matched the query, and its language. */
  matchedLabel: z.string(),
  matchedLang: z.string(),
  /** 0..1: 1 = the query holds the same content words as the label. */
  confidence: z.number(),
});
export type TaxonomyConcept = z.infer<typeof TaxonomyConceptSchema>;

export const TaxonomyLookupResultSchema = z.object({
  lang: TaxonomyLangSchema,
  items: z.array(TaxonomyConceptSchema),
});
export type TaxonomyLookupResult = z.infer<typeof TaxonomyLookupResultSchema>;
