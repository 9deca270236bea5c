/** Latency (one client, sequential) and throughput (a pool of N clients) of the baseline's query. */
import type { EnginePerson } from '@app/matching';
import { Client, Pool } from 'pg';
import { percentile } from '../harness';
import { rankingSql, type QueryForm } from './queries';
import { personParams } from './rows';

export interface SqlLatency {
  p50: number;
  p95: number;
  /** Rows returned on average (top-20 length): the query must actually find matches. */
  meanRows: number;
}

export async function sqlLatency(url: string, table: string, form: QueryForm, people: EnginePerson[], now: number): Promise<SqlLatency> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const sql = rankingSql(table, form);
    const params = people.map((p) => personParams(p, now));
    for (const p of params.slice(0, 20)) await c.query(sql, p); // warm-up: plans, buffers
    const ms: number[] = [];
    let rows = 0;
    for (const p of params) {
      const t0 = process.hrtime.bigint();
      const r = await c.query(sql, p);
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      rows += r.rowCount ?? 0;
    }
    ms.sort((a, b) => a - b);
    return { p50: percentile(ms, 50), p95: percentile(ms, 95), meanRows: rows / params.length };
  } finally {
    await c.end();
  }
}

/** Rankings per second with `clients` concurrent connections, each running its share of `total` queries. */
export async function sqlThroughput(url: string, table: string, form: QueryForm, people: EnginePerson[], now: number, clients: number, total: number): Promise<number> {
  const pool = new Pool({ connectionString: url, max: clients });
  try {
    const sql = rankingSql(table, form);
    const params = people.map((p) => personParams(p, now));
    await Promise.all(Array.from({ length: clients }, (_, w) => pool.query(sql, params[w % params.length])));
    let next = 0;
    const t0 = process.hrtime.bigint();
    await Promise.all(
      Array.from({ length: clients }, async () => {
        while (next < total) {
          const i = next++;
          await pool.query(sql, params[i % params.length]);
        }
      }),
    );
    return total / (Number(process.hrtime.bigint() - t0) / 1e9);
  } finally {
    await pool.end();
  }
}
