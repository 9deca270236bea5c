/**
 * Autocomplete as the endpoints answer it: the asked language first; when that has nothing convincing,
 * every language ("forklift" typed in a Spanish UI, "panad" in an English one). Shared by the HTTP
 * service and the benchmark, so the benchmark measures what users get.
 */
import type { Candidate, ConceptKind } from './label-index';
import type { Taxonomy } from './taxonomy';
import type { Lang } from './types';

/** Below this, the asked language's best answer is no answer. */
export const OTHER_LANGUAGE_BELOW = 0.5;

export function autocomplete(taxonomy: Taxonomy, kind: ConceptKind, q: string, lang: Lang, limit: number): Candidate[] {
  const found = taxonomy.index.lookup(q, { kind, lang, limit });
  if ((found[0]?.confidence ?? 0) >= OTHER_LANGUAGE_BELOW) return found;
  return taxonomy.index.lookup(q, { kind, limit });
}
