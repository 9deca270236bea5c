import { taxonomyStoreIsEmpty } from '@app/taxonomy';
import { importDemoTaxonomyIfEmpty } from '../../../scripts/lib/taxonomy-demo';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/** What `npm start` does after the migrations (scripts/start.ts). */
describe('npm start: demo taxonomy on a fresh database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('taxonomystart');
  });
  afterAll(async () => db?.drop());

  it('imports the demo into an empty store once, and leaves a filled store alone', async () => {
    expect(await taxonomyStoreIsEmpty(db.dataSource)).toBe(true);
    expect(await importDemoTaxonomyIfEmpty(db.url)).toMatch(/^taxonomy store was empty: imported the demo taxonomy \(\d+ occupations, \d+ skills/);
    expect(await taxonomyStoreIsEmpty(db.dataSource)).toBe(false);
    const [{ n }] = await db.dataSource.query('SELECT count(*)::int AS n FROM taxonomy_occupation');
    expect(n).toBeGreaterThanOrEqual(40);
    expect(await importDemoTaxonomyIfEmpty(db.url)).toBeNull();
  });
});
