import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { VacancyServiceModule } from '../../../apps/vacancy-service/src/vacancy-service.module';
import { DEMO_ORGANISATIONS, demoIsLoaded, DemoAlreadyLoadedError, formatDemoSummary, generateDemoData, loadDemoData, type DemoLoadResult } from '../../../scripts/lib/demo-data';
import { createTestApp, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

const TODAY = new Date().toISOString().slice(0, 10);

/** What `npm start` (first start, embedded database) and `npm run seed:demo` load. */
describe('demo data set', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let loaded: DemoLoadResult;
  const expected = generateDemoData(TODAY);
  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await db.dataSource.query(sql, params))[0].n;

  beforeAll(async () => {
    db = await createTestDatabase('demo');
    const config = testConfig(db.url);
    app = await createTestApp(VacancyServiceModule.forRoot(config), config);
    expect(await demoIsLoaded(db.dataSource)).toBe(false);
    loaded = await loadDemoData(db.dataSource, { today: TODAY });
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('creates the organisations, people (each with a restricted record) and opportunities it generated', async () => {
    expect(await count('SELECT count(*)::int AS n FROM organisations')).toBe(DEMO_ORGANISATIONS.length);
    expect(await count(`SELECT count(*)::int AS n FROM profiles WHERE status = 'active'`)).toBe(expected.people.length);
    expect(await count('SELECT count(*)::int AS n FROM profile_restricted')).toBe(expected.people.length);
    expect(await count('SELECT count(*)::int AS n FROM opportunities')).toBe(expected.opportunities.length);
    expect(loaded.counts.people).toBe(300);
    const kinds = await db.dataSource.query(`SELECT kind, count(*)::int AS n FROM opportunities GROUP BY kind ORDER BY kind`);
    expect(Object.fromEntries(kinds.map((r: { kind: string; n: number }) => [r.kind, r.n]))).toEqual(loaded.counts.opportunities);
    expect(loaded.counts.opportunities.job).toBeGreaterThan(100);
    expect(loaded.counts.opportunities.training).toBeGreaterThan(30);
    expect(loaded.counts.opportunities.apprenticeship).toBeGreaterThan(10);
    // All the people belong to the NGO; every posting to its employer or training provider.
    const ngo = loaded.keys.find((k) => k.orgKey === 'ngo')!;
    expect(await count('SELECT count(*)::int AS n FROM profiles WHERE organisation_id <> $1', [ngo.organisationId])).toBe(0);
    expect(await count('SELECT count(DISTINCT organisation_id)::int AS n FROM opportunities')).toBe(7);
  });

  it('announces every profile and opportunity in the outbox at its current version (the scorer indexes them)', async () => {
    const unannouncedProfiles = await count(
      `SELECT count(*)::int AS n FROM profiles p WHERE NOT EXISTS (
         SELECT 1 FROM outbox o WHERE o.type = 'profile.changed' AND o.payload->>'profileId' = p.id::text AND (o.payload->>'version')::int = p.version)`,
    );
    const unannouncedOpportunities = await count(
      `SELECT count(*)::int AS n FROM opportunities x WHERE NOT EXISTS (
         SELECT 1 FROM outbox o WHERE o.type = 'opportunity.changed' AND o.payload->>'opportunityId' = x.id::text AND (o.payload->>'version')::int = x.version)`,
    );
    expect(unannouncedProfiles).toBe(0);
    expect(unannouncedOpportunities).toBe(0);
    // Payloads carry ids and versions, never personal data.
    expect(await count(`SELECT count(*)::int AS n FROM outbox WHERE payload::text ILIKE '%Mayerlin%' OR payload::text ILIKE '%example.invalid%'`)).toBe(0);
  });

  it('gives every organisation a working key of its role (GET /me)', async () => {
    expect(loaded.keys.map((k) => k.role).sort()).toEqual(DEMO_ORGANISATIONS.map((o) => o.role).sort());
    for (const k of loaded.keys) {
      const res = await request(app.getHttpServer()).get('/me').set('Authorization', `Bearer ${k.key}`).expect(200);
      expect(res.body).toMatchObject({ organisationId: k.organisationId, role: k.role });
    }
    // Keys are stored hashed: no secret in the table.
    for (const k of loaded.keys) expect(await count('SELECT count(*)::int AS n FROM api_keys WHERE hash = $1', [k.key])).toBe(0);
  });

  it('names the showcase people and postings with their ids, and prints each key once with its role', async () => {
    const names = loaded.showcase.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['MAYERLIN', 'AHMAD', 'BAKERY_JOB', 'FOOD_SAFETY_COURSE']));
    const mayerlin = loaded.showcase.find((s) => s.name === 'MAYERLIN')!;
    const [row] = await db.dataSource.query(`SELECT personal->>'displayName' AS name FROM profiles WHERE id = $1`, [mayerlin.id]);
    expect(row.name).toBe('Mayerlin Demo');
    const printed = formatDemoSummary(loaded);
    for (const k of loaded.keys) expect(printed.split(k.key)).toHaveLength(2);
    expect(printed).toMatch(/export CM=mk_\S+\s+# case_manager\s+Fundación Caminos Compartidos \(demo\)/);
    expect(printed).toContain(`export MAYERLIN=${mayerlin.id}`);
  });

  it('refuses to load twice and changes nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM outbox');
    await expect(loadDemoData(db.dataSource, { today: TODAY })).rejects.toBeInstanceOf(DemoAlreadyLoadedError);
    expect(await count('SELECT count(*)::int AS n FROM outbox')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM profiles')).toBe(expected.people.length);
    expect(await count('SELECT count(*)::int AS n FROM api_keys')).toBe(DEMO_ORGANISATIONS.length);
  });
});
