import { z } from 'zod';
import { TaxonomyConceptSchema, TaxonomyLangSchema } from './lookup';

export const TAXONOMY_TEXT_MAX = 5000;
/** Most skills (and occupations) one extraction returns. */
export const TAXONOMY_EXTRACT_LIMIT_MAX = 20;

/** `POST /taxonomy/extract`: free text (a job ad, a case note) -> occupation and skills. */
export const TaxonomyExtractRequestSchema = z.strictObject({
  text: z.string().min(1).max(TAXONOMY_TEXT_MAX).meta({ description: 'A job ad or a case note', example: 'Trabajé seis años en una panadería en Valencia, hacía pan y atendía a clientes.' }),
  lang: TaxonomyLangSchema.optional().meta({ description: 'Language of the text; detected from the text when absent' }),
  limit: z.number().int().min(1).max(TAXONOMY_EXTRACT_LIMIT_MAX).default(10).meta({ description: 'Most skills (and occupations) returned, the most relevant first' }),
});
export type TaxonomyExtractRequest = z.infer<typeof TaxonomyExtractRequestSchema>;

/** Where in the text a concept was read: `text.slice(start, end) === span.text` (UTF-16 offsets). */
export const TextSpanSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type TextSpan = z.infer<typeof TextSpanSchema>;

/**
 * A concept read from the text. Here `confidence` is the relevance score (0..1: how surely the text states
 * the concept, see docs/taxonomy.md), and `match` how well the words match the label (1 = the same content words).
 */
export const ExtractedConceptSchema = TaxonomyConceptSchema.extend({
  span: TextSpanSchema.meta({ description: 'Where in the text it was read: `text.slice(start, end) === span.text` (UTF-16 offsets)' }),
  match: z.number().meta({ description: 'How well the words match the label, 0..1 (`confidence` is the relevance)', example: 1 }),
  /**
   * `words`: the span's words name the concept; `occupation`: an essential skill of the occupation named at
   * the span; `sentence`: a skill sharing words with the sentence at the span. Only `words` readings reach
   * the default threshold; the others rank below it.
   */
  source: z.enum(['words', 'occupation', 'sentence']),
});
export type ExtractedConcept = z.infer<typeof ExtractedConceptSchema>;

export const TaxonomyExtractionSchema = z.object({
  lang: TaxonomyLangSchema,
  /** The most relevant occupation named in the text, or null (the first of `occupations`). */
  occupation: ExtractedConceptSchema.nullable(),
  /** Occupations named in the text, sorted by relevance. */
  occupations: z.array(ExtractedConceptSchema),
  /** Skills sorted by relevance (descending; ties: earlier in the text first), above the default threshold, at most `limit`. */
  skills: z.array(ExtractedConceptSchema),
});
export type TaxonomyExtraction = z.infer<typeof TaxonomyExtractionSchema>;
