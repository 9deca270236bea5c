import { ApiError } from '@app/platform';

/**
 * Opaque keyset cursors of the list routes: base64url of the JSON array of the last row's sort-key
 * values, in the list's order. Timestamps keep PostgreSQL's microseconds (a JS Date would drop them and
 * repeat or skip rows created in the same millisecond). Anything else is a 400 naming `cursor`.
 */
export const CURSOR_PART = {
  date: /^\d{4}-\d\d-\d\d$/,
  timestamp: /^\d{4}-\d\d-\d\dT[\d:.]+Z$/,
  uuid: /^[0-9a-f-]{36}$/i,
} as const;

export function encodeKeysetCursor(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/** The values of a cursor this API returned, each matching its part's shape. */
export function decodeKeysetCursor(raw: string, parts: readonly RegExp[]): string[] {
  try {
    const values = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === parts.length && values.every((v, i) => typeof v === 'string' && parts[i].test(v))) return values as string[];
  } catch {
    // fall through to the 400 below
  }
  throw ApiError.badRequest('invalid_cursor', 'The cursor is not one this API returned', [{ path: 'cursor', message: 'invalid cursor', code: 'invalid_cursor' }]);
}
