import { ApiError } from '@app/platform';

/**
 * Opaque list cursor: base64url of `[created_at, id]` of the last row of a page, created_at with
 * PostgreSQL's microseconds (a JS Date would drop them and repeat or skip rows created in the same ms).
 */
export interface ProfileCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(c: ProfileCursor): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id]), 'utf8').toString('base64url');
}

export function decodeCursor(raw: string): ProfileCursor {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(createdAt) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) return { createdAt, id };
  } catch {
    // fall through to the 400 below
  }
  throw ApiError.badRequest('invalid_cursor', 'The cursor is not one this API returned', [{ path: 'cursor', message: 'invalid cursor', code: 'invalid_cursor' }]);
}
