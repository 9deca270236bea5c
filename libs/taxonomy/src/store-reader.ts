/**
 * The PostgreSQL taxonomy store -> the in-memory taxonomy (snapshot + label index), read once at
 * start-up by whoever scores or resolves text. Same `EscoDataset` path as the CSV reader, so ids and
 * results are identical whichever source was used.
 */
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { Taxonomy } from './taxonomy';
import type { EscoDataset, Labels, Lang, RelationType, ReuseLevel, SkillType } from './types';

/** A pg pool or client (scripts) or the apps' TypeORM DataSource: reading needs plain queries only. */
export type StoreDb = Pool | PoolClient | DataSource;

/** Rows of a query whichever client runs it: pg answers `{ rows }`, TypeORM the rows themselves. */
async function rowsOf<R>(db: StoreDb, sql: string): Promise<R[]> {
  const result: unknown = await (db as { query(sql: string): Promise<unknown> }).query(sql);
  return Array.isArray(result) ? (result as R[]) : (result as { rows: R[] }).rows;
}

/** True when the store holds no occupation: nothing imported yet (`npm start` then loads the demo). */
export async function taxonomyStoreIsEmpty(db: StoreDb): Promise<boolean> {
  const [row] = await rowsOf<{ any: boolean }>(db, 'SELECT EXISTS (SELECT 1 FROM taxonomy_occupation) AS any');
  return !row.any;
}

function languagesOf(rows: Array<{ labels: Labels }>): Lang[] {
  const seen = new Set<Lang>();
  for (const r of rows) for (const l of Object.keys(r.labels)) seen.add(l);
  // English first: ESCO's master language, and the primary one of the CSV reader.
  return [...seen].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** Every row of the store as an EscoDataset (skill descriptions included: extraction's search reads them; occupations' are not used). */
export async function readStoreDataset(db: StoreDb): Promise<EscoDataset> {
  const [occ, skills, groups, isco, rel, broader] = await Promise.all([
    rowsOf<{ uri: string; isco_group: string | null; code: string | null; labels: Labels }>(db, 'SELECT uri, isco_group, code, labels FROM taxonomy_occupation'),
    rowsOf<{ uri: string; skill_type: SkillType | null; reuse_level: ReuseLevel | null; labels: Labels; description: Record<Lang, string> | null }>(
      db,
      'SELECT uri, skill_type, reuse_level, labels, description FROM taxonomy_skill',
    ),
    rowsOf<{ uri: string; code: string | null; labels: Labels }>(db, 'SELECT uri, code, labels FROM taxonomy_skill_group'),
    rowsOf<{ code: string; uri: string; labels: Labels }>(db, 'SELECT code, uri, labels FROM taxonomy_isco_group'),
    rowsOf<{ occupation_uri: string; skill_uri: string; relation: RelationType }>(
      db,
      `SELECT o.uri AS occupation_uri, s.uri AS skill_uri, r.relation
       FROM taxonomy_occupation_skill r JOIN taxonomy_occupation o ON o.id = r.occupation_id JOIN taxonomy_skill s ON s.id = r.skill_id`,
    ),
    rowsOf<{ uri: string; kind: 'skill' | 'group'; broader_uri: string; broader_kind: 'skill' | 'group' }>(db, 'SELECT uri, kind, broader_uri, broader_kind FROM taxonomy_skill_broader'),
  ]);
  return {
    languages: languagesOf([...occ, ...skills]),
    occupations: occ.map((r) => ({ uri: r.uri, iscoGroup: r.isco_group, code: r.code, labels: r.labels, description: {} })),
    skills: skills.map((r) => ({ uri: r.uri, skillType: r.skill_type, reuseLevel: r.reuse_level, labels: r.labels, description: r.description ?? {} })),
    skillGroups: groups.map((r) => ({ uri: r.uri, code: r.code, labels: r.labels })),
    iscoGroups: isco.map((r) => ({ code: r.code, uri: r.uri, labels: r.labels })),
    relations: rel.map((r) => ({ occupationUri: r.occupation_uri, skillUri: r.skill_uri, relation: r.relation })),
    broader: broader.map((r) => ({ uri: r.uri, kind: r.kind, broaderUri: r.broader_uri, broaderKind: r.broader_kind })),
  };
}

/** The store as a ready Taxonomy: `.snapshot` (TaxonomySnapshot for the engine) and `.index` (LabelIndex). */
export async function loadTaxonomySnapshot(db: StoreDb): Promise<Taxonomy> {
  return Taxonomy.fromDataset(await readStoreDataset(db));
}
