/**
 * Accept-Language -> 'es' | 'en'. Pure string parsing (RFC 9110 weights). Default 'en' when the header
 * is missing or names neither language: the API's reference language; clients in Spanish-speaking
 * deployments send `Accept-Language: es` (browsers do) or pass a different fallback.
 */
export type ExplanationLanguage = 'es' | 'en';
export const SUPPORTED_LANGUAGES: readonly ExplanationLanguage[] = ['es', 'en'];

export function negotiateLanguage(header: string | null | undefined, fallback: ExplanationLanguage = 'en'): ExplanationLanguage {
  if (!header) return fallback;
  let best: ExplanationLanguage | null = null;
  let bestQ = 0;
  let wildcardQ = -1;
  for (const part of header.split(',')) {
    const [rangeRaw, ...params] = part.trim().split(';');
    const range = rangeRaw.trim().toLowerCase();
    if (!range) continue;
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p);
      if (m) q = Math.min(1, Math.max(0, Number(m[1]) || 0));
    }
    if (q <= 0) continue;
    if (range === '*') {
      wildcardQ = Math.max(wildcardQ, q);
      continue;
    }
    const primary = range.split('-')[0] as ExplanationLanguage;
    // Strictly greater: on equal weights the first listed wins (header order is the tie-break).
    if (SUPPORTED_LANGUAGES.includes(primary) && q > bestQ) {
      best = primary;
      bestQ = q;
    }
  }
  if (best && bestQ >= wildcardQ) return best;
  return fallback;
}
