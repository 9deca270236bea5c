import { DemandIndicatorBatchSchema, DemandIndicatorInputSchema, MAX_INDICATOR_ROWS, type DemandIndicatorInput, type ErrorDetail } from '@app/contracts';
import { indicatorKey } from '@app/persistence';
import { ApiError, parseCsvRows, zodIssuesToDetails } from '@app/platform';

/** A national shortage list as CSV is far below this. */
export const MAX_INDICATOR_CSV_BYTES = 2 * 1024 * 1024;
const COLUMNS = ['occupation', 'isco', 'region', 'value', 'source', 'date'] as const;

/**
 * CSV with a header naming some of occupation, isco, region, value, source, date (other columns are
 * rejected: a typo must not silently drop a field). Each row is validated like a JSON item; every error
 * is reported as `line.<n>.<field>` (header = line 1), and any error rejects the whole file.
 */
export function parseIndicatorCsv(text: string): DemandIndicatorInput[] {
  const rows = parseCsvRows(text, { emptyMessage: 'a header and at least one row are needed' });
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
