/**
 * The PostgreSQL taxonomy store -> the in-memory taxonomy (snapshot + label index), read once at
 * start-up by whoever scores or resolves text. Same `EscoDataset` path as the CSV reader, so ids and
 * results are identical whichever source was used.
 */
import type { Pool, PoolClient } from 'pg';
import { Taxonomy } from './taxonomy';
import type { EscoDataset, Labels, Lang, RelationType, ReuseLevel, SkillType } from './types';

type Db = Pool | PoolClient;

function languagesOf(rows: Array<{ labels: Labels }>): Lang[] {
  const seen = new Set<Lang>();
  for (const r of rows) for (const l of Object.keys(r.labels)) seen.add(l);
  // English first: ESCO's master language, and the primary one of the CSV reader.
  return [...seen].sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
}

/** Every row of the store as an EscoDataset (descriptions are left out: the engine does not use them). */
export async function readStoreDataset(db: Db): Promise<EscoDataset> {
  const [occ, skills, groups, isco, rel, broader] = await Promise.all([
    db.query<{ uri: string; isco_group: string | null; code: string | null; labels: Labels }>('SELECT uri, isco_group, code, labels FROM taxonomy_occupation'),
    db.query<{ uri: string; skill_type: SkillType | null; reuse_level: ReuseLevel | null; labels: Labels }>('SELECT uri, skill_type, reuse_level, labels FROM taxonomy_skill'),
    db.query<{ uri: string; code: string | null; labels: Labels }>('SELECT uri, code, labels FROM taxonomy_skill_group'),
    db.query<{ code: string; uri: string; labels: Labels }>('SELECT code, uri, labels FROM taxonomy_isco_group'),
    db.query<{ occupation_uri: string; skill_uri: string; relation: RelationType }>(
      `SELECT o.uri AS occupation_uri, s.uri AS skill_uri, r.relation
       FROM taxonomy_occupation_skill r JOIN taxonomy_occupation o ON o.id = r.occupation_id JOIN taxonomy_skill s ON s.id = r.skill_id`,
    ),
    db.query<{ uri: string; kind: 'skill' | 'group'; broader_uri: string; broader_kind: 'skill' | 'group' }>('SELECT uri, kind, broader_uri, broader_kind FROM taxonomy_skill_broader'),
  ]);
  return {
    languages: languagesOf([...occ.rows, ...skills.rows]),
    occupations: occ.rows.map((r) => ({ uri: r.uri, iscoGroup: r.isco_group, code: r.code, labels: r.labels, description: {} })),
    skills: skills.rows.map((r) => ({ uri: r.uri, skillType: r.skill_type, reuseLevel: r.reuse_level, labels: r.labels, description: {} })),
    skillGroups: groups.rows.map((r) => ({ uri: r.uri, code: r.code, labels: r.labels })),
    iscoGroups: isco.rows.map((r) => ({ code: r.code, uri: r.uri, labels: r.labels })),
    relations: rel.rows.map((r) => ({ occupationUri: r.occupation_uri, skillUri: r.skill_uri, relation: r.relation })),
    broader: broader.rows.map((r) => ({ uri: r.uri, kind: r.kind, broaderUri: r.broader_uri, broaderKind: r.broader_kind })),
  };
}

/** The store as a ready Taxonomy: `.snapshot` (TaxonomySnapshot for the engine) and `.index` (LabelIndex). */
export async function loadTaxonomySnapshot(db: Db): Promise<Taxonomy> {
  return Taxonomy.fromDataset(await readStoreDataset(db));
}
