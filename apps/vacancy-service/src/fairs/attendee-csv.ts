import type { ErrorDetail } from '@app/contracts';
import { ApiError } from '@app/platform';
import { parse } from 'csv-parse/sync';
import type { Request } from 'express';
import { z } from 'zod';

/** A CSV upload of a few thousand profile ids is well under this. */
export const MAX_CSV_BYTES = 1024 * 1024;
const uuid = z.uuid();

/** The raw text body of a `text/csv` request (no body parser handles that type), bounded in size. */
export async function readCsvBody(req: Request): Promise<string> {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'text/csv') throw new ApiError(415, 'unsupported_media_type', 'Send the attendees as text/csv with a profile_id column');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_CSV_BYTES) throw new ApiError(413, 'payload_too_large', `The CSV may have at most ${MAX_CSV_BYTES} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * `profile_id` per row (other columns are ignored: organisers export whatever their sheet holds). Every
 * bad row is reported as `line.<n>.profile_id` (n = line in the file, header = 1); any error rejects the
 * whole file, so nothing is half-registered. Returns the ids and the path of each one's line.
 */
export function parseAttendeeCsv(text: string): { profileIds: string[]; lines: number[] } {
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true, relax_column_count: true });
  } catch (err) {
    throw ApiError.badRequest('invalid_csv', 'The CSV cannot be read', [{ path: 'body', message: err instanceof Error ? err.message : String(err), code: 'invalid_csv' }]);
  }
  if (rows.length === 0) throw ApiError.badRequest('invalid_csv', 'The CSV has no rows', [{ path: 'body', message: 'a header with profile_id and at least one row are needed', code: 'empty' }]);
  if (!Object.prototype.hasOwnProperty.call(rows[0], 'profile_id')) throw ApiError.badRequest('invalid_csv', 'The CSV needs a profile_id column', [{ path: 'line.1', message: 'missing column profile_id', code: 'missing_column' }]);
  const details: ErrorDetail[] = [];
  const profileIds: string[] = [];
  const lines: number[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    const value = (row.profile_id ?? '').toLowerCase();
    if (!uuid.safeParse(value).success) details.push({ path: `line.${line}.profile_id`, message: value ? `not a profile id: ${value.slice(0, 60)}` : 'empty', code: 'invalid_format' });
    else {
      profileIds.push(value);
      lines.push(line);
    }
  });
  if (details.length > 0) throw ApiError.badRequest('attendees_rejected', `${details.length} of ${rows.length} rows are not valid; none were registered`, details.slice(0, 500));
  return { profileIds, lines };
}
