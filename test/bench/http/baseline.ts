/**
 * The SQL baseline's 8-client throughput on the same generated opportunities, measured in this run
 * (test/bench/baseline: intarray GIN table, straightforward and tuned query), on its own database.
 */
import { Client } from 'pg';
import { createBenchDatabase } from '../baseline/database';
import { createBaselineTable } from '../baseline/load';
import { sqlLatency, sqlThroughput } from '../baseline/measure';
import { opportunities, people } from '../data/compile';
import type { BenchWorld } from '../data/world';

export interface BaselineFigures {
  throughput: { straightforward: number; tuned: number };
  tunedP50: number;
  tunedP95: number;
}

export async function measureBaseline(world: BenchWorld, size: number, clients: number, queries: number): Promise<BaselineFigures> {
  const db = await createBenchDatabase();
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    await createBaselineTable(c, 'opp', opportunities(world, 0, size));
    const ps = [...people(world, 0, 200)];
    const straightforward = await sqlThroughput(db.url, 'opp', 'straightforward', ps, world.now, clients, queries);
    const tuned = await sqlThroughput(db.url, 'opp', 'tuned', ps, world.now, clients, queries);
    const lat = await sqlLatency(db.url, 'opp', 'tuned', ps, world.now);
    return { throughput: { straightforward, tuned }, tunedP50: lat.p50, tunedP95: lat.p95 };
  } finally {
    await c.end();
    await db.drop();
  }
}
