/**
 * ESCO CSV folders -> the PostgreSQL taxonomy store (migration TaxonomyStore1732400000000).
 *
 * Idempotent: every table is upserted by its natural key with `ON CONFLICT ... DO UPDATE ... WHERE the
 * row differs`, so a second run of the same files writes nothing and reports 0 inserted / 0 updated.
 * Labels and descriptions merge per language (`jsonb ||`): importing a Spanish folder on its own adds
 * Spanish labels without dropping English ones. Rows are sent in batches as arrays (`unnest`), one
 * transaction per phase. Nothing is deleted unless `prune` is set (the demo imported over the full
 * ESCO must not shrink it); with `prune`, links of the imported occupations / skills that the files no
 * longer hold are removed.
 */
import type { Pool, PoolClient } from 'pg';
import { readEscoFolders } from './esco-csv';
import type { EscoDataset } from './types';

export interface TableCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export interface ImportReport {
  tables: Record<'isco_group' | 'skill_group' | 'skill' | 'occupation' | 'occupation_skill' | 'skill_broader', TableCounts>;
  /** Inserted + updated + deleted over all tables: 0 when the store already held these files. */
  changed: number;
  languages: string[];
  ms: number;
}

export interface ImportProgress {
  phase: string;
  done: number;
  total: number;
}

export interface ImportOptions {
  onProgress?: (p: ImportProgress) => void;
  batchSize?: number;
  prune?: boolean;
}

type Db = Pool | PoolClient;

function isClient(db: Db): db is PoolClient {
  return typeof (db as PoolClient).release === 'function';
}

const zero = (): TableCounts => ({ inserted: 0, updated: 0, unchanged: 0, deleted: 0 });

/** Reads the folders (see readEscoFolders for how several combine) and imports them. */
export async function importEscoFolder(db: Db, dirs: string | string[], opts: ImportOptions = {}): Promise<ImportReport> {
  opts.onProgress?.({ phase: 'read', done: 0, total: 1 });
  const ds = await readEscoFolders(dirs);
  opts.onProgress?.({ phase: 'read', done: 1, total: 1 });
  return importEscoDataset(db, ds, opts);
}

export async function importEscoDataset(db: Db, ds: EscoDataset, opts: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  const client = isClient(db) ? db : await db.connect();
  const batchSize = opts.batchSize ?? 5000;
  const tables: ImportReport['tables'] = {
    isco_group: zero(),
    skill_group: zero(),
    skill: zero(),
    occupation: zero(),
    occupation_skill: zero(),
    skill_broader: zero(),
  };
  const json = (v: unknown) => JSON.stringify(v);

  /** Runs `sql` (which must RETURN (xmax = 0) AS inserted) over the rows in batches, inside one transaction. */
  async function phase<T>(name: keyof ImportReport['tables'], rows: readonly T[], sql: string, columns: (batch: readonly T[]) => unknown[], after?: () => Promise<number>) {
    const counts = tables[name];
    await client.query('BEGIN');
    try {
      for (let i = 0; i < rows.length; i += batchSize) {
        const batch = rows.slice(i, i + batchSize);
        const res = await client.query<{ inserted: boolean }>(sql, columns(batch));
        let ins = 0;
        for (const r of res.rows) if (r.inserted) ins++;
        counts.inserted += ins;
        counts.updated += res.rows.length - ins;
        counts.unchanged += batch.length - res.rows.length;
        opts.onProgress?.({ phase: name, done: Math.min(i + batchSize, rows.length), total: rows.length });
      }
      if (after) counts.deleted += await after();
      await client.query('COMMIT');
    } catch (err) {
      await client.query('ROLLBACK');
      throw err;
    }
  }

  try {
    await phase(
      'isco_group',
      ds.iscoGroups,
      `INSERT INTO taxonomy_isco_group AS t (code, uri, labels)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])
       ON CONFLICT (code) DO UPDATE SET uri = EXCLUDED.uri, labels = t.labels || EXCLUDED.labels
       WHERE (t.uri, t.labels) IS DISTINCT FROM (EXCLUDED.uri, t.labels || EXCLUDED.labels)
       RETURNING (xmax = 0) AS inserted`,
      (b) => [b.map((g) => g.code), b.map((g) => g.uri), b.map((g) => json(g.labels))],
    );
    await phase(
      'skill_group',
      ds.skillGroups,
      `INSERT INTO taxonomy_skill_group AS t (uri, code, labels)
       SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[])
       ON CONFLICT (uri) DO UPDATE SET code = COALESCE(EXCLUDED.code, t.code), labels = t.labels || EXCLUDED.labels
       WHERE (t.code, t.labels) IS DISTINCT FROM (COALESCE(EXCLUDED.code, t.code), t.labels || EXCLUDED.labels)
       RETURNING (xmax = 0) AS inserted`,
      (b) => [b.map((g) => g.uri), b.map((g) => g.code), b.map((g) => json(g.labels))],
    );
    await phase(
      'skill',
      ds.skills,
      `INSERT INTO taxonomy_skill AS t (uri, skill_type, reuse_level, labels, description)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::jsonb[])
       ON CONFLICT (uri) DO UPDATE SET skill_type = EXCLUDED.skill_type, reuse_level = EXCLUDED.reuse_level,
         labels = t.labels || EXCLUDED.labels, description = t.description || EXCLUDED.description
       WHERE (t.skill_type, t.reuse_level, t.labels, t.description)
         IS DISTINCT FROM (EXCLUDED.skill_type, EXCLUDED.reuse_level, t.labels || EXCLUDED.labels, t.description || EXCLUDED.description)
       RETURNING (xmax = 0) AS inserted`,
      (b) => [b.map((s) => s.uri), b.map((s) => s.skillType), b.map((s) => s.reuseLevel), b.map((s) => json(s.labels)), b.map((s) => json(s.description))],
    );
    await phase(
      'occupation',
      ds.occupations,
      `INSERT INTO taxonomy_occupation AS t (uri, isco_group, code, labels, description)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::jsonb[])
       ON CONFLICT (uri) DO UPDATE SET isco_group = EXCLUDED.isco_group, code = EXCLUDED.code,
         labels = t.labels || EXCLUDED.labels, description = t.description || EXCLUDED.description
       WHERE (t.isco_group, t.code, t.labels, t.description)
         IS DISTINCT FROM (EXCLUDED.isco_group, EXCLUDED.code, t.labels || EXCLUDED.labels, t.description || EXCLUDED.description)
       RETURNING (xmax = 0) AS inserted`,
      (b) => [b.map((o) => o.uri), b.map((o) => o.iscoGroup), b.map((o) => o.code), b.map((o) => json(o.labels)), b.map((o) => json(o.description))],
    );
    await phase(
      'occupation_skill',
      ds.relations,
      `INSERT INTO taxonomy_occupation_skill AS t (occupation_id, skill_id, relation)
       SELECT o.id, s.id, r.relation
       FROM unnest($1::text[], $2::text[], $3::text[]) AS r(occupation_uri, skill_uri, relation)
       JOIN taxonomy_occupation o ON o.uri = r.occupation_uri
       JOIN taxonomy_skill s ON s.uri = r.skill_uri
       ON CONFLICT (occupation_id, skill_id) DO UPDATE SET relation = EXCLUDED.relation
       WHERE t.relation IS DISTINCT FROM EXCLUDED.relation
       RETURNING (xmax = 0) AS inserted`,
      (b) => [b.map((r) => r.occupationUri), b.map((r) => r.skillUri), b.map((r) => r.relation)],
      opts.prune && ds.relations.length
        ? async () => {
            const res = await client.query(
              `DELETE FROM taxonomy_occupation_skill t
               USING taxonomy_occupation o, taxonomy_skill s
               WHERE t.occupation_id = o.id AND t.skill_id = s.id AND o.uri = ANY($1::text[])
                 AND NOT EXISTS (SELECT 1 FROM unnest($2::text[], $3::text[]) AS r(ou, su) WHERE r.ou = o.uri AND r.su = s.uri)`,
              [ds.occupations.map((o) => o.uri), ds.relations.map((r) => r.occupationUri), ds.relations.map((r) => r.skillUri)],
            );
            return res.rowCount ?? 0;
          }
        : undefined,
    );
    await phase(
      'skill_broader',
      ds.broader,
      `INSERT INTO taxonomy_skill_broader AS t (uri, kind, broader_uri, broader_kind)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
       ON CONFLICT (uri, broader_uri) DO UPDATE SET kind = EXCLUDED.kind, broader_kind = EXCLUDED.broader_kind
       WHERE (t.kind, t.broader_kind) IS DISTINCT FROM (EXCLUDED.kind, EXCLUDED.broader_kind)
       RETURNING (xmax = 0) AS inserted`,
      (b) => [b.map((e) => e.uri), b.map((e) => e.kind), b.map((e) => e.broaderUri), b.map((e) => e.broaderKind)],
      opts.prune && ds.broader.length
        ? async () => {
            const res = await client.query(
              `DELETE FROM taxonomy_skill_broader t
               WHERE t.uri = ANY($1::text[])
                 AND NOT EXISTS (SELECT 1 FROM unnest($2::text[], $3::text[]) AS r(u, b) WHERE r.u = t.uri AND r.b = t.broader_uri)`,
              [[...ds.skills.map((s) => s.uri), ...ds.skillGroups.map((g) => g.uri)], ds.broader.map((e) => e.uri), ds.broader.map((e) => e.broaderUri)],
            );
            return res.rowCount ?? 0;
          }
        : undefined,
    );
  } finally {
    if (!isClient(db)) client.release();
  }
  let changed = 0;
  for (const c of Object.values(tables)) changed += c.inserted + c.updated + c.deleted;
  return { tables, changed, languages: ds.languages, ms: Date.now() - started };
}
