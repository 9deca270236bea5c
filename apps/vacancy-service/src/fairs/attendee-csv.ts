import type { ErrorDetail } from '@app/contracts';
import { ApiError, isTextCsv, parseCsvRows, readTextBody } from '@app/platform';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';

/** A CSV upload of a few thousand profile ids is well under this. */
export const MAX_CSV_BYTES = 1024 * 1024;
const uuid = z.uuid();

/** The raw text body of a `text/csv` request (no body parser handles that type), bounded in size. */
export async function readCsvBody(req: FastifyRequest): Promise<string> {
  if (!isTextCsv(req)) throw new ApiError(415, 'unsupported_media_type', 'Send the attendees as text/csv with a profile_id column');
  return readTextBody(req, MAX_CSV_BYTES, 'The CSV');
}

/**
 * `profile_id` per row (other columns are ignored: organisers export whatever their sheet holds). Every
 * bad row is reported as `line.<n>.profile_id` (n = line in the file, header = 1); any error rejects the
 * whole file, so nothing is half-registered. Returns the ids and the path of each one's line.
 */
export function parseAttendeeCsv(text: string): { profileIds: string[]; lines: number[] } {
  const rows = parseCsvRows(text, { emptyMessage: 'a header with profile_id and at least one row are needed', relaxColumnCount: true });
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
