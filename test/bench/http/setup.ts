/**
 * The end-to-end benchmark's own service database: created next to the baseline's (BENCH_DATABASE_URL,
 * else DATABASE_URL, else the local default), migrated with the project's migrations, the taxonomy
 * imported with the project's importer, an organisation and key per role (createApiKey), then the
 * generated opportunities and people written in bulk (json_populate_recordset over batches: one
 * statement per batch, the rows' real column shape).
 */
import type { CreatedApiKey, Role } from '@app/contracts';
import { createApiKey, createDataSource, insertOrganisation, runMigrations } from '@app/persistence';
import { importEscoFolder } from '@app/taxonomy';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { createBenchDatabase, type BenchDatabase } from '../baseline/database';
import { generateOpportunity } from '../data/opportunities';
import { generatePerson } from '../data/people';
import type { BenchWorld } from '../data/world';
import { opportunityRow, personRows, type RowContext } from './rows';

const BATCH = 2000;
const EMPLOYER_ORGS = 50;

export interface ServiceDatabase {
  db: BenchDatabase;
  pool: Pool;
  keys: Record<'caseManager' | 'employer' | 'admin', CreatedApiKey>;
  /** Profile ids in generation order (person i = profileIds[i]). */
  profileIds: string[];
  timings: Record<string, number>;
  close(): Promise<void>;
}

async function timed<T>(timings: Record<string, number>, label: string, run: () => Promise<T>): Promise<T> {
  const t0 = Date.now();
  const out = await run();
  timings[label] = (Date.now() - t0) / 1000;
  process.stdout.write(`[http bench] ${label}: ${timings[label].toFixed(1)} s\n`);
  return out;
}

async function keyFor(ds: DataSource, role: Role, kind: 'ngo' | 'employer' | 'platform', name: string): Promise<CreatedApiKey> {
  return ds.transaction(async (m) => {
    const org = await insertOrganisation(m, { name, kind });
    return createApiKey(m, { organisationId: org.id, role, label: `bench ${role}` });
  });
}

async function insertBatches(pool: Pool, table: string, columns: string, rows: Iterable<Record<string, unknown>>): Promise<number> {
  let batch: Record<string, unknown>[] = [];
  let n = 0;
  const flush = async () => {
    if (!batch.length) return;
    await pool.query(`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM json_populate_recordset(null::${table}, $1::json)`, [JSON.stringify(batch)]);
    n += batch.length;
    batch = [];
  };
  for (const r of rows) {
    batch.push(r);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return n;
}

const columnsOf = (row: Record<string, unknown>) => Object.keys(row).join(', ');

export async function createServiceDatabase(world: BenchWorld, opportunities: number, people: number): Promise<ServiceDatabase> {
  const timings: Record<string, number> = {};
  const db = await createBenchDatabase();
  const pool = new Pool({ connectionString: db.url, max: 4 });
  // DROP DATABASE ... WITH (FORCE) at the end terminates idle connections: not an error of the run.
  pool.on('error', () => undefined);
  let ds: DataSource | null = null;
  try {
    await timed(timings, 'migrations', () => runMigrations(db.url));
    const dirs = world.tax.source === 'esco' ? [world.tax.dir, join(world.tax.dir, '..', 'v1.0-es')].filter((d) => existsSync(d)) : [world.tax.dir];
    await timed(timings, `taxonomy import (${world.tax.source})`, () => importEscoFolder(pool, dirs));
    ds = await createDataSource(db.url, { poolSize: 2, applicationName: 'bench-http' }).initialize();
    const source = ds;
    const caseManager = await keyFor(source, 'case_manager', 'ngo', 'Bench NGO');
    const employer = await keyFor(source, 'employer', 'employer', 'Bench employer 0');
    const admin = await keyFor(source, 'admin', 'platform', 'Bench admin');
    const employerOrgs = [employer.organisationId];
    for (let i = 1; i < EMPLOYER_ORGS; i++) employerOrgs.push((await source.transaction((m) => insertOrganisation(m, { name: `Bench employer ${i}`, kind: 'employer' }))).id);

    const ctx: RowContext = { world, shiftDays: Math.floor(Date.now() / 86_400_000) - world.now, employerOrgs, caseManagerOrg: caseManager.organisationId };
    const oppRows = function* () {
      for (let i = 0; i < opportunities; i++) yield opportunityRow(ctx, generateOpportunity(world, i));
    };
    const sample = opportunityRow(ctx, generateOpportunity(world, 0));
    await timed(timings, `insert ${opportunities} opportunities`, () => insertBatches(pool, 'opportunities', columnsOf(sample), oppRows()));

    const profileIds: string[] = [];
    const restricted: Record<string, unknown>[] = [];
    const profileRows = function* () {
      for (let i = 0; i < people; i++) {
        const r = personRows(ctx, generatePerson(world, i));
        profileIds.push(r.profile.id as string);
        restricted.push(r.restricted);
        yield r.profile;
      }
    };
    const first = personRows(ctx, generatePerson(world, 0));
    await timed(timings, `insert ${people} people`, async () => {
      await insertBatches(pool, 'profiles', columnsOf(first.profile), profileRows());
      await insertBatches(pool, 'profile_restricted', columnsOf(first.restricted), restricted);
      await pool.query('ANALYZE');
    });
    const client = ds;
    return {
      db,
      pool,
      keys: { caseManager, employer, admin },
      profileIds,
      timings,
      close: async () => {
        if (client.isInitialized) await client.destroy();
        await pool.end();
        await db.drop();
      },
    };
  } catch (err) {
    if (ds?.isInitialized) await ds.destroy();
    await pool.end();
    await db.drop();
    throw err;
  }
}
