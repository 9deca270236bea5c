/** Creates and fills the baseline table (one per size) with its indexes, then ANALYZE. */
import type { EngineOpportunity } from '@app/matching';
import type { Client } from 'pg';
import { opportunityRow, type OpportunityRow } from './rows';

const BATCH = 5000;

const COLUMNS: Array<[keyof OpportunityRow, string, string]> = [
  ['n', 'n int PRIMARY KEY', 'int'],
  ['kind', 'kind smallint NOT NULL', 'smallint'],
  ['skills', 'skills int[] NOT NULL', 'int[]'],
  ['open', 'open boolean NOT NULL', 'boolean'],
  ['capacity', 'capacity int NOT NULL', 'int'],
  ['booked', 'booked int NOT NULL', 'int'],
  ['deadline', 'deadline float8 NOT NULL', 'float8'],
  ['startDay', 'start_day float8 NOT NULL', 'float8'],
  ['joinBy', 'join_by float8 NOT NULL', 'float8'],
  ['requiresWork', 'requires_work boolean NOT NULL', 'boolean'],
  ['adultsOnly', 'adults_only boolean NOT NULL', 'boolean'],
  ['acceptedKinds', 'accepted_kinds int[] NOT NULL', 'int[]'],
  ['isco', 'isco int NOT NULL', 'int'],
  ['sector', 'sector text NOT NULL', 'text'],
  ['online', 'online boolean NOT NULL', 'boolean'],
  ['deviceLoan', 'device_loan boolean NOT NULL', 'boolean'],
  ['remote', 'remote boolean NOT NULL', 'boolean'],
  ['accessible', 'accessible boolean NOT NULL', 'boolean'],
  ['located', 'located boolean NOT NULL', 'boolean'],
  ['lat', 'lat float8 NOT NULL', 'float8'],
  ['lon', 'lon float8 NOT NULL', 'float8'],
  ['cosLat', 'cos_lat float8 NOT NULL', 'float8'],
  ['transportAllowance', 'transport_allowance boolean NOT NULL', 'boolean'],
  ['childcare', 'childcare boolean NOT NULL', 'boolean'],
  ['schedule', 'schedule bit(168) NOT NULL', 'bit(168)'],
  ['scheduleHours', 'schedule_hours int NOT NULL', 'int'],
  ['langReq', 'lang_req int[] NOT NULL', 'int[]'],
];

const pgArray = (xs: Array<number | string>): string => `{${xs.join(',')}}`;

export async function createBaselineTable(c: Client, table: string, opportunities: Iterable<EngineOpportunity>): Promise<number> {
  await c.query('CREATE EXTENSION IF NOT EXISTS intarray');
  await c.query(`CREATE TABLE ${table} (${COLUMNS.map(([, def]) => def).join(', ')})`);
  // Rows travel as one text array per column (arrays as their text form) and are cast in unnest.
  const insert = `INSERT INTO ${table} SELECT ${COLUMNS.map(([, , type], i) => `c${i}::${type}`).join(', ')}
    FROM unnest(${COLUMNS.map((_, i) => `$${i + 1}::text[]`).join(', ')}) AS t(${COLUMNS.map((_, i) => `c${i}`).join(', ')})`;
  let batch: string[][] = COLUMNS.map(() => []);
  let count = 0;
  const flush = async () => {
    if (batch[0].length) await c.query(insert, batch);
    batch = COLUMNS.map(() => []);
  };
  for (const o of opportunities) {
    const row = opportunityRow(o);
    COLUMNS.forEach(([key], i) => {
      const v = row[key];
      batch[i].push(Array.isArray(v) ? pgArray(v) : String(v));
    });
    if (++count % BATCH === 0) await flush();
  }
  await flush();
  // Without gin__int_ops the intarray && operator silently ignores a default-opclass GIN index.
  await c.query(`CREATE INDEX ${table}_skills ON ${table} USING gin (skills gin__int_ops)`);
  await c.query(`CREATE INDEX ${table}_place ON ${table} (lat, lon) WHERE located AND NOT remote`);
  await c.query(`CREATE INDEX ${table}_anywhere ON ${table} (n) WHERE remote OR NOT located`);
  await c.query(`VACUUM ANALYZE ${table}`);
  return count;
}
