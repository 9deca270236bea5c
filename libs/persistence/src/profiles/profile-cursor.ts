import { CURSOR_PART, decodeKeysetCursor, encodeKeysetCursor } from '../paging/keyset-cursor';

/** Cursor of GET /profiles: `[created_at, id]` of the last profile of a page. */
export interface ProfileCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(c: ProfileCursor): string {
  return encodeKeysetCursor([c.createdAt, c.id]);
}

export function decodeCursor(raw: string): ProfileCursor {
  const [createdAt, id] = decodeKeysetCursor(raw, [CURSOR_PART.timestamp, CURSOR_PART.uuid]);
  return { createdAt, id };
}
