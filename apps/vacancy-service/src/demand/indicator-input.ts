import { DemandIndicatorBatchSchema, DemandIndicatorInputSchema, MAX_INDICATOR_ROWS, type DemandIndicatorInput, type ErrorDetail } from '@app/contracts';
import { indicatorKey } from '@app/persistence';
import { ApiError, zodIssuesToDetails } from '@app/platform';
import { parse } from 'csv-parse/sync';
import type { Request } from 'express';

/** A national shortage list as CSV is far below this. */
export const MAX_INDICATOR_CSV_BYTES = 2 * 1024 * 1024;
const COLUMNS = ['occupation', 'isco', 'region', 'value', 'source', 'date'] as const;

export function isCsv(req: Request): boolean {
  return (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase() === 'text/csv';
}

/** The raw body of a text request (no body parser handles text/csv), bounded in size. */
export async function readTextBody(req: Request, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new ApiError(413, 'payload_too_large', `The body may have at most ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * CSV with a header naming some of occupation, isco, region, value, source, date (other columns are
 * rejected: a typo must not silently drop a field). Each row is validated like a JSON item; every error
 * is reported as `line.<n>.<field>` (header = line 1), and any error rejects the whole file.
 */
export function parseIndicatorCsv(text: string): DemandIndicatorInput[] {
  let rows: Array<Record<string, string>>;
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true });
  } catch (err) {
    throw ApiError.badRequest('invalid_csv', 'The CSV cannot be read', [{ path: 'body', message: err instanceof Error ? err.message : String(err), code: 'invalid_csv' }]);
  }
  if (rows.length === 0) throw ApiError.badRequest('invalid_csv', 'The CSV has no rows', [{ path: 'body', message: 'a header and at least one row are needed', code: 'empty' }]);
  if (rows.length > MAX_INDICATOR_ROWS) throw ApiError.badRequest('too_many_rows', `At most ${MAX_INDICATOR_ROWS} rows per import`, [{ path: 'body', message: `${rows.length} rows`, code: 'too_big' }]);
  const unknown = Object.keys(rows[0]).filter((c) => !(COLUMNS as readonly string[]).includes(c));
  if (unknown.length > 0) throw ApiError.badRequest('invalid_csv', 'The CSV has unknown columns', unknown.map((c) => ({ path: `line.1.${c}`, message: `unknown column; use ${COLUMNS.join(', ')}`, code: 'unrecognized_key' })));
  const out: DemandIndicatorInput[] = [];
  const details: ErrorDetail[] = [];
  rows.forEach((row, i) => {
    const item = Object.fromEntries(Object.entries(row).flatMap(([k, v]) => (v === '' ? [] : [[k, k === 'value' ? Number(v.replace(',', '.')) : v]])));
    const parsed = DemandIndicatorInputSchema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else details.push(...zodIssuesToDetails(parsed.error, `line.${i + 2}`));
  });
  reject(details, rows.length);
  return unique(out, (i) => `line.${i + 2}`);
}

/** The JSON form: an array validated item by item (paths `<index>.<field>`). */
export function parseIndicatorJson(body: unknown): DemandIndicatorInput[] {
  const parsed = DemandIndicatorBatchSchema.safeParse(body);
  if (!parsed.success) reject(zodIssuesToDetails(parsed.error), Array.isArray(body) ? body.length : 0);
  return unique(parsed.data!, (i) => String(i));
}

/** The same key twice in one import is ambiguous (which value?): rejected rather than last-wins. */
function unique(rows: DemandIndicatorInput[], pathOf: (i: number) => string): DemandIndicatorInput[] {
  const seen = new Map<string, number>();
  const details: ErrorDetail[] = [];
  rows.forEach((r, i) => {
    const k = indicatorKey(r);
    const first = seen.get(k);
    if (first !== undefined) details.push({ path: pathOf(i), message: `same occupation/isco, region, source and date as ${pathOf(first)}`, code: 'duplicate' });
    else seen.set(k, i);
  });
  reject(details, rows.length);
  return rows;
}

function reject(details: ErrorDetail[], total: number): void {
  if (details.length > 0) throw ApiError.badRequest('indicators_rejected', `The import has ${details.length} problem(s) in ${total} rows; nothing was stored`, details.slice(0, 500));
}
