import { parse } from 'csv-parse/sync';
import type { FastifyRequest } from 'fastify';
import { ApiError } from '../errors';
import { nulCharacterError } from './nul-characters';

/** True when the request says `Content-Type: text/csv` (parameters such as charset ignored). */
export function isTextCsv(req: Pick<FastifyRequest, 'headers'>): boolean {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'text/csv';
}

/**
 * The body of a text/csv request as text (body-parsers.ts reads it as bytes, up to CSV_BODY_LIMIT),
 * bounded in size: past `maxBytes` it fails with 413 "`<what>` may have at most N bytes".
 */
export function readTextBody(req: Pick<FastifyRequest, 'body'>, maxBytes: number, what = 'The body'): string {
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (body.length > maxBytes) throw new ApiError(413, 'payload_too_large', `${what} may have at most ${maxBytes} bytes`);
  const text = body.toString('utf8');
  const nul = text.indexOf('\u0000');
  // PostgreSQL refuses NUL in text: the line it is on, as the path (nul-characters.ts).
  if (nul >= 0) throw nulCharacterError('csv', ['line', String(text.slice(0, nul).split('\n').length)]);
  return text;
}

export interface CsvRowsOptions {
  /** Why an empty file is refused (the `message` of the 400's single detail). */
  emptyMessage: string;
  /** Accept rows with more or fewer cells than the header (csv-parse `relax_column_count`). */
  relaxColumnCount?: boolean;
}

/**
 * Rows of a CSV with a header, as objects keyed by the trimmed, lower-cased column names (cells trimmed,
 * BOM and empty lines skipped). An unreadable file or one without rows is a 400 `invalid_csv`; what the
 * columns must be is the caller's business.
 */
export function parseCsvRows(text: string, options: CsvRowsOptions): Array<Record<string, string>> {
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      ...(options.relaxColumnCount ? { relax_column_count: true } : {}),
    });
  } catch (err) {
    throw ApiError.badRequest('invalid_csv', 'The CSV cannot be read', [{ path: 'body', message: err instanceof Error ? err.message : String(err), code: 'invalid_csv' }]);
  }
  if (rows.length === 0) throw ApiError.badRequest('invalid_csv', 'The CSV has no rows', [{ path: 'body', message: options.emptyMessage, code: 'empty' }]);
  return rows;
}
