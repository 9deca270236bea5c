import type { ErrorDetail } from '@app/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error';

/**
 * PostgreSQL refuses U+0000 in text and jsonb ("invalid byte sequence" / "unsupported Unicode escape
 * sequence"), so a NUL anywhere in a request would fail deep in a write as a 500, possibly after part of
 * the work. Refused up front instead, for every route: 400 with the field path of the first one found.
 */
const NUL = '\u0000';
/**
 * A lone UTF-16 surrogate (U+D800-U+DFFF without its pair, e.g. JSON "\udfff") is no Unicode character:
 * JSON.stringify keeps it as an escape, which jsonb refuses ("invalid input syntax for type json"), and
 * text columns would store U+FFFD in its place. Refused up front like NUL (found by
 * test/integration/foundation/fuzz-write-routes.int-spec.ts: a lone surrogate in an import was a 500).
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (s: string): 'nul' | 'surrogate' | null => (s.includes(NUL) ? 'nul' : LONE_SURROGATE.test(s) ? 'surrogate' : null);

/** The dotted path (zod's form: `skills.3.label`) of the first string or key holding a NUL or a lone surrogate, and which, or null. */
export function firstNulPath(value: unknown, path: string[] = [], depth = 0): { path: string[]; kind: 'nul' | 'surrogate' } | null {
  if (typeof value === 'string') {
    const kind = unstorable(value);
    return kind ? { path, kind } : null;
  }
  // Bytes (a text/csv body) are checked where they are decoded (csv-body.ts), by line.
  if (value === null || typeof value !== 'object' || depth > 64 || ArrayBuffer.isView(value)) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstNulPath(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [k, v] of Object.entries(value)) {
    const kind = unstorable(k);
    if (kind) return { path: [...path, k.replaceAll(NUL, '\\u0000').replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD')], kind };
    const found = firstNulPath(v, [...path, k], depth + 1);
    if (found) return found;
  }
  return null;
}

export function nulCharacterError(where: 'body' | 'query' | 'params' | 'csv', path: string[], kind: 'nul' | 'surrogate' = 'nul'): ApiError {
  const detail: ErrorDetail =
    kind === 'nul'
      ? { path: path.join('.'), message: 'Must not contain the NUL character (\\u0000)', code: 'nul_character' }
      : { path: path.join('.'), message: 'Must not contain a lone UTF-16 surrogate (\\ud800-\\udfff without its pair)', code: 'lone_surrogate' };
  return ApiError.badRequest('validation_failed', `The request ${where === 'body' ? 'body' : where === 'csv' ? 'file' : where} is not valid`, [detail]);
}

/** Throws the 400 when a parsed request part holds a NUL or a lone surrogate. */
export function refuseNulCharacters(req: Pick<FastifyRequest, 'body' | 'query' | 'params'>): void {
  for (const where of ['body', 'query', 'params'] as const) {
    const found = firstNulPath(req[where]);
    if (found) throw nulCharacterError(where, found.path, found.kind);
  }
}

/**
 * For every route, after the body is parsed and before the handler (Nest's guards and pipes run in
 * it): Fastify's preValidation hook. A throw here is answered by Nest's exception filter (the envelope).
 */
export function registerNulRefusal(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (req) => refuseNulCharacters(req));
}
