import { z } from 'zod';
import { TaxonomyConceptSchema, TaxonomyLangSchema } from './lookup';

export const TAXONOMY_TEXT_MAX = 5000;

/** `POST /taxonomy/extract`: free text (a job ad, a case note) -> occupation and skills. */
export const TaxonomyExtractRequestSchema = z.strictObject({
  text: z.string().min(1).max(TAXONOMY_TEXT_MAX),
  /** Language of the text; detected from the text when absent. */
  lang: TaxonomyLangSchema.optional(),
});
export type TaxonomyExtractRequest = z.infer<typeof TaxonomyExtractRequestSchema>;

/** Where in the text a concept was read: `text.slice(start, end) === span.text` (UTF-16 offsets). */
export const TextSpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const ExtractedConceptSchema = TaxonomyConceptSchema.extend({ span: TextSpanSchema });
export type ExtractedConcept = z.infer<typeof ExtractedConceptSchema>;

export const TaxonomyExtractionSchema = z.object({
  lang: TaxonomyLangSchema,
  /** The most confident occupation named in the text, or null. */
  occupation: ExtractedConceptSchema.nullable(),
  /** Skills in the order they appear in the text. */
  skills: z.array(ExtractedConceptSchema),
});
export type TaxonomyExtraction = z.infer<typeof TaxonomyExtractionSchema>;
