import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Pool } from 'pg';
import { demoDataDir, importEscoFolder, loadTaxonomySnapshot, readEscoFolders, taxonomyStoreIsEmpty } from '@app/taxonomy';
import { createTestDatabase, type TestDatabase } from '../../support/database';

const ESCO = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'esco');
const FULL = [join(ESCO, 'v1.1.1-en'), join(ESCO, 'v1.0-es')];
const haveFullEsco = FULL.every((d) => existsSync(join(d, 'occupations_' + (d.endsWith('es') ? 'es' : 'en') + '.csv')));

/** A fresh database, migrated (the taxonomy store included), and a pg pool as the import command uses. */
async function taxonomyDatabase(): Promise<{ db: TestDatabase; pool: Pool }> {
  const db = await createTestDatabase('taxonomy');
  return { db, pool: new Pool({ connectionString: db.url, max: 2 }) };
}

describe('taxonomy store: demo taxonomy', () => {
  let db: TestDatabase;
  let pool: Pool;
  beforeAll(async () => ({ db, pool } = await taxonomyDatabase()));
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('loads on a fresh database, and a second import changes nothing', async () => {
    expect(await taxonomyStoreIsEmpty(pool)).toBe(true);
    const first = await importEscoFolder(pool, demoDataDir());
    expect(first.tables.occupation.inserted).toBeGreaterThanOrEqual(40);
    expect(first.tables.skill.inserted).toBeGreaterThan(300);
    expect(first.tables.occupation_skill.inserted).toBeGreaterThan(500);
    expect(await taxonomyStoreIsEmpty(pool)).toBe(false);
    const second = await importEscoFolder(pool, demoDataDir());
    expect(second.changed).toBe(0);
    expect(second.tables.skill.unchanged).toBe(first.tables.skill.inserted);
  });

  it('reads back the same taxonomy the CSV files give', async () => {
    const fromStore = await loadTaxonomySnapshot(pool);
    const fromCsv = await readEscoFolders(demoDataDir());
    expect(fromStore.snapshot.occupations.uris.length).toBe(fromCsv.occupations.length);
    expect(fromStore.snapshot.essential.values.length).toBe(fromCsv.relations.filter((r) => r.relation === 'essential').length);
    const r = fromStore.extract('se busca vendedor/a con manejo de caja registradora');
    expect(r.occupation).not.toBeNull();
    expect(r.skills.length).toBeGreaterThan(0);
  });

  it('merges labels per language: a Spanish-only update keeps the English labels', async () => {
    await pool.query(`UPDATE taxonomy_occupation SET labels = labels - 'es' WHERE labels->'en'->>'preferred' = 'baker'`);
    const again = await importEscoFolder(pool, demoDataDir());
    expect(again.tables.occupation.updated).toBe(1);
    const { rows } = await pool.query(`SELECT labels FROM taxonomy_occupation WHERE labels->'en'->>'preferred' = 'baker'`);
    expect(rows[0].labels.es.preferred).toMatch(/panader/);
  });
});

(haveFullEsco ? describe : describe.skip)('taxonomy store: full shared ESCO (v1.1.1 en + v1.0 es)', () => {
  let db: TestDatabase;
  let pool: Pool;
  beforeAll(async () => ({ db, pool } = await taxonomyDatabase()));
  afterAll(async () => {
    await pool?.end();
    await db?.drop();
  });

  it('imports everything in well under 2 minutes, with the Spanish labels joined', async () => {
    const started = Date.now();
    const report = await importEscoFolder(pool, FULL);
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(report.tables.occupation.inserted).toBe(3007);
    expect(report.tables.skill.inserted).toBe(13896);
    // 123,855 rows in occupationSkillRelations.csv; 67 name an occupation absent from occupations_en.csv.
    expect(report.tables.occupation_skill.inserted).toBe(123788);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM taxonomy_occupation WHERE labels ? 'es'`);
    expect(rows[0].n).toBeGreaterThan(2900);
    const skillsEs = await pool.query(`SELECT count(*)::int AS n FROM taxonomy_skill WHERE labels ? 'es'`);
    expect(skillsEs.rows[0].n).toBeGreaterThan(13000);
  }, 180_000);

  it('a second import changes nothing', async () => {
    const report = await importEscoFolder(pool, FULL);
    expect(report.changed).toBe(0);
    expect(report.tables.occupation_skill.unchanged).toBe(123788);
  }, 180_000);
});
