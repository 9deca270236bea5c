import { CURSOR_PART, decodeKeysetCursor, encodeKeysetCursor } from '../paging/keyset-cursor';

/** Cursor of GET /fairs: `[fair_date, created_at, id]` of the last fair of a page (the list's order, descending). */
export interface FairCursor {
  date: string;
  createdAt: string;
  id: string;
}

export function encodeFairCursor(c: FairCursor): string {
  return encodeKeysetCursor([c.date, c.createdAt, c.id]);
}

export function decodeFairCursor(raw: string): FairCursor {
  const [date, createdAt, id] = decodeKeysetCursor(raw, [CURSOR_PART.date, CURSOR_PART.timestamp, CURSOR_PART.uuid]);
  return { date, createdAt, id };
}
