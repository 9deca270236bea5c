import { ApiError } from '@app/platform';

/**
 * Opaque cursor of GET /fairs: base64url of `[fair_date, created_at, id]` of the last fair of a page (the
 * list's order, descending), created_at with PostgreSQL's microseconds so fairs created in the same
 * millisecond are neither repeated nor skipped.
 */
export interface FairCursor {
  date: string;
  createdAt: string;
  id: string;
}

export function encodeFairCursor(c: FairCursor): string {
  return Buffer.from(JSON.stringify([c.date, c.createdAt, c.id]), 'utf8').toString('base64url');
}

export function decodeFairCursor(raw: string): FairCursor {
  try {
    const [date, createdAt, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (
      typeof date === 'string' &&
      /^\d{4}-\d\d-\d\d$/.test(date) &&
      typeof createdAt === 'string' &&
      /^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(createdAt) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id)
    ) {
      return { date, createdAt, id };
    }
  } catch {
    // fall through to the 400 below
  }
  throw ApiError.badRequest('invalid_cursor', 'The cursor is not one this API returned', [{ path: 'cursor', message: 'invalid cursor', code: 'invalid_cursor' }]);
}
