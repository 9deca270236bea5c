import type { INestApplication } from '@nestjs/common';
import type { CreatedApiKey, TaxonomyExtraction, TaxonomyLookupResult } from '@app/contracts';
import { DEFAULT_MIN_CONFIDENCE, demoDataDir, importEscoFolder } from '@app/taxonomy';
import { TaxonomyService } from '@app/taxonomy/http';
import { Pool } from 'pg';
import request from 'supertest';
import { ProfileServiceModule } from '../../../apps/profile-service/src/profile-service.module';
import { VacancyServiceModule } from '../../../apps/vacancy-service/src/vacancy-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

const OCC = 'http://data.europa.eu/esco/occupation/';
const SKILL = 'http://data.europa.eu/esco/skill/';
const BAKER = `${OCC}1aadb308-432a-4d01-b54b-b4f7f76dd419`;
const FORKLIFT_OPERATOR = `${OCC}eeac6251-1974-42f5-91ed-513c6c883755`;
const SALES_ASSISTANT = `${OCC}9ba74e8a-c40c-4228-9998-eb3c7a5c11df`;
const CASHIER = `${OCC}2b871272-bd61-4206-bd1a-0b96d7023098`;
const WAITER = `${OCC}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`;
const OPERATE_FORKLIFT = `${SKILL}28cb374e-6261-4133-8371-f9a5470145da`;
const OPERATE_CASH_REGISTER = `${SKILL}0cb013af-6dd9-4fb2-b34e-63dda1a5cf82`;
const PREPARE_BAKERY_PRODUCTS = `${SKILL}50db2b5e-edda-496d-8a6e-aff91dc243d9`;

/** Every span must be the very text it claims to come from. */
function expectSpansTrue(text: string, r: TaxonomyExtraction): void {
  for (const c of [r.occupation, ...r.skills]) if (c) expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
}

describe('taxonomy endpoints (profile-service and vacancy-service, demo taxonomy)', () => {
  let db: TestDatabase;
  let pool: Pool;
  let profile: INestApplication;
  let vacancy: INestApplication;
  let caseManager: CreatedApiKey;
  let employer: CreatedApiKey;
  let admin: CreatedApiKey;

  beforeAll(async () => {
    db = await createTestDatabase('taxonomyhttp');
    pool = new Pool({ connectionString: db.url, max: 2 });
    const config = testConfig(db.url);
    // Started on the empty store: answers from the demo held in memory.
    vacancy = await createTestApp(VacancyServiceModule.forRoot(config), config);
    // What `npm start` does on a fresh database, then an app started on the filled store.
    await importEscoFolder(pool, demoDataDir());
    profile = await createTestApp(ProfileServiceModule.forRoot(config), config);
    caseManager = await seedKey(db.dataSource, 'case_manager', 'ngo');
    employer = await seedKey(db.dataSource, 'employer', 'employer');
    admin = await seedKey(db.dataSource, 'admin', 'platform');
  });

  afterAll(async () => {
    await profile?.close();
    await vacancy?.close();
    await pool?.end();
    await db?.drop();
  });

  const get = (app: INestApplication, path: string, query: Record<string, string | number>, key = caseManager) => request(app.getHttpServer()).get(path).query(query).set(bearer(key));
  const extract = (app: INestApplication, body: object, key = caseManager) => request(app.getHttpServer()).post('/taxonomy/extract').set(bearer(key)).send(body);

  describe('autocomplete', () => {
    it('completes "panad" to the bakery occupation in Spanish, with the Spanish preferred label', async () => {
      const res = await get(profile, '/taxonomy/occupations', { q: 'panad', lang: 'es' }).expect(200);
      const body = res.body as TaxonomyLookupResult;
      expect(body.lang).toBe('es');
      expect(body.items[0]).toMatchObject({ uri: BAKER, label: 'panadero/panadera', matchedLang: 'es' });
      expect(body.items[0].confidence).toBeGreaterThan(0.5);
    });

    it('takes the language from Accept-Language, and searches every language when the asked one has nothing', async () => {
      const es = await get(profile, '/taxonomy/occupations', { q: 'forklift' }).set('Accept-Language', 'es-EC,es;q=0.9,en;q=0.5').expect(200);
      expect(es.body.lang).toBe('es');
      expect(es.body.items[0]).toMatchObject({ uri: FORKLIFT_OPERATOR, matchedLang: 'en' });
      expect(es.body.items[0].label).toMatch(/^operador de carretilla elevadora/);
      const en = await get(profile, '/taxonomy/occupations', { q: 'panad' }).set('Accept-Language', 'en-GB').expect(200);
      expect(en.body.lang).toBe('en');
      expect(en.body.items[0]).toMatchObject({ uri: BAKER, label: 'baker' });
    });

    it('finds forklift skills in English and, by their Latin American name, in Spanish', async () => {
      const en = await get(profile, '/taxonomy/skills', { q: 'forklift', lang: 'en', limit: 5 }).expect(200);
      expect(en.body.items.map((i: { uri: string }) => i.uri)).toContain(OPERATE_FORKLIFT);
      expect(en.body.items.length).toBeLessThanOrEqual(5);
      const es = await get(profile, '/taxonomy/skills', { q: 'montacargas', lang: 'es' }).expect(200);
      expect(es.body.items[0]).toMatchObject({ uri: OPERATE_FORKLIFT, label: 'manejar carretillas elevadoras' });
      const occ = await get(profile, '/taxonomy/occupations', { q: 'montacargas', lang: 'es' }).expect(200);
      expect(occ.body.items[0].uri).toBe(FORKLIFT_OPERATOR);
    });

    it('corrects typos and ignores accents', async () => {
      const res = await get(vacancy, '/taxonomy/occupations', { q: 'panaderia ', lang: 'es' }).expect(200);
      expect(res.body.items.map((i: { uri: string }) => i.uri)).toContain(BAKER);
      const typo = await get(vacancy, '/taxonomy/occupations', { q: 'carretila elevadora', lang: 'es' }).expect(200);
      expect(typo.body.items[0].uri).toBe(FORKLIFT_OPERATOR);
    });

    it('rejects an oversize or missing q, an unknown language and unknown parameters with 400', async () => {
      const res = await get(profile, '/taxonomy/skills', { q: 'x'.repeat(201) }).expect(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.details.map((d: { path: string }) => d.path)).toContain('q');
      await get(profile, '/taxonomy/skills', {}).expect(400);
      await get(profile, '/taxonomy/skills', { q: 'pan', lang: 'fr' }).expect(400);
      await get(profile, '/taxonomy/skills', { q: 'pan', limit: 500 }).expect(400);
      await get(profile, '/taxonomy/skills', { q: 'pan', sort: 'x' }).expect(400);
      await get(profile, '/taxonomy/skills', { q: 'x'.repeat(200) }).expect(200);
    });
  });

  describe('extraction', () => {
    it('reads a gendered title and multi-word skills from a Spanish ad, with true spans', async () => {
      const text = 'Se busca vendedor/a con manejo de caja registradora y atención al cliente';
      const res = await extract(profile, { text }).expect(200);
      const body = res.body as TaxonomyExtraction;
      expect(body.lang).toBe('es');
      expect(body.occupation).toMatchObject({ uri: SALES_ASSISTANT, label: 'vendedor/vendedora', span: { start: 9, end: 19, text: 'vendedor/a' } });
      const cash = body.skills.find((s) => s.uri === OPERATE_CASH_REGISTER)!;
      expect(cash.span.text).toBe('manejo de caja registradora');
      // `match`: the words are the label's; `confidence`: the relevance score, above the default threshold.
      expect(cash.match).toBe(1);
      expect(cash.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
      expect(body.occupations.map((o) => o.uri)).toEqual([SALES_ASSISTANT]);
      expectSpansTrue(text, body);
    });

    it('copes with missing accents, typos, bracket gender forms and regional words', async () => {
      const cases: Array<[string, string, string]> = [
        ['trabajo en panaderia como panadera, elaborar productos de panaderia', BAKER, 'panadera'],
        ['operador de carretila elevadora para almacén', FORKLIFT_OPERATOR, 'operador de carretila elevadora'],
        ['Cajero(a) para supermercado', CASHIER, 'Cajero(a)'],
        ['Buscamos mesera con experiencia', WAITER, 'mesera'],
      ];
      for (const [text, uri, span] of cases) {
        const body = (await extract(vacancy, { text, lang: 'es' }).expect(200)).body as TaxonomyExtraction;
        expect({ text, uri: body.occupation?.uri, span: body.occupation?.span.text }).toEqual({ text, uri, span });
        expectSpansTrue(text, body);
      }
      const bakery = (await extract(vacancy, { text: cases[0][0] }).expect(200)).body as TaxonomyExtraction;
      expect(bakery.skills.find((s) => s.uri === PREPARE_BAKERY_PRODUCTS)?.span.text).toBe('elaborar productos de panaderia');
    });

    it('reads English text, detecting the language, with labels in English', async () => {
      const text = 'Hiring a forklfit operator who can operate a forklift and operate a cash register.';
      const body = (await extract(profile, { text }, employer).expect(200)).body as TaxonomyExtraction;
      expect(body.lang).toBe('en');
      expect(body.occupation).toMatchObject({ uri: FORKLIFT_OPERATOR, label: 'forklift operator', span: { text: 'forklfit operator' } });
      expect(body.skills.map((s) => [s.uri, s.span.text])).toEqual(
        expect.arrayContaining([
          [OPERATE_FORKLIFT, 'operate a forklift'],
          [OPERATE_CASH_REGISTER, 'operate a cash register'],
        ]),
      );
      expectSpansTrue(text, body);
    });

    it('keeps offsets right after emoji and accents (UTF-16 positions, as in JavaScript strings)', async () => {
      const text = '🍞 Señora panadera 👩‍🍳, sabe hornear pan';
      const body = (await extract(profile, { text }).expect(200)).body as TaxonomyExtraction;
      expect(body.occupation?.uri).toBe(BAKER);
      expectSpansTrue(text, body);
    });

    it('answers nothing found, and 400 for an oversize, empty or unknown-field body', async () => {
      const none = (await extract(profile, { text: 'hola, ¿qué tal?' }).expect(200)).body as TaxonomyExtraction;
      expect(none).toEqual({ lang: 'es', occupation: null, occupations: [], skills: [] });
      const big = await extract(profile, { text: 'pan '.repeat(1251) }).expect(400);
      expect(big.body.error.details.map((d: { path: string }) => d.path)).toContain('text');
      await extract(profile, { text: 'pan '.repeat(1250) }).expect(200);
      await extract(profile, { text: '' }).expect(400);
      await extract(profile, { text: 'panadero', extra: true }).expect(400);
      for (const limit of [0, 21, 1.5, '3']) await extract(profile, { text: 'panadero', limit }).expect(400);
    });

    it('returns at most `limit` skills, the most relevant first', async () => {
      const text = 'can operate a forklift and operate a cash register';
      const all = (await extract(profile, { text, lang: 'en' }).expect(200)).body as TaxonomyExtraction;
      expect(all.skills.map((s) => s.uri)).toEqual([OPERATE_CASH_REGISTER, OPERATE_FORKLIFT]);
      const one = (await extract(profile, { text, lang: 'en', limit: 1 }).expect(200)).body as TaxonomyExtraction;
      expect(one.skills.map((s) => s.uri)).toEqual([OPERATE_CASH_REGISTER]);
    });
  });

  describe('access and loading', () => {
    it('answers 401 without a key, on every endpoint', async () => {
      const server = profile.getHttpServer();
      await request(server).get('/taxonomy/skills').query({ q: 'pan' }).expect(401);
      await request(server).get('/taxonomy/occupations').query({ q: 'pan' }).expect(401);
      await request(server).post('/taxonomy/extract').send({ text: 'panadero' }).expect(401);
      const res = await request(vacancy.getHttpServer()).post('/taxonomy/extract').send({ text: 'panadero' }).expect(401);
      expect(res.body.error.code).toBe('unauthorized');
    });

    it('lets every role read, and only the admin reload', async () => {
      for (const role of ['admin', 'case_manager', 'employer', 'organiser'] as const) {
        const key = role === 'admin' ? admin : role === 'case_manager' ? caseManager : role === 'employer' ? employer : await seedKey(db.dataSource, 'organiser', 'fair_organiser');
        await get(vacancy, '/taxonomy/occupations', { q: 'panadero' }, key).expect(200);
      }
      await request(vacancy.getHttpServer()).post('/taxonomy/reload').set(bearer(caseManager)).expect(403);
    });

    it('falls back to the demo in memory on an empty store, and reloads from the store on demand', async () => {
      expect(vacancy.get(TaxonomyService).info.source).toBe('demo');
      expect(profile.get(TaxonomyService).info.source).toBe('store');
      const reloaded = await request(vacancy.getHttpServer()).post('/taxonomy/reload').set(bearer(admin)).expect(200);
      expect(reloaded.body).toMatchObject({ source: 'store', version: profile.get(TaxonomyService).info.version });
      expect(reloaded.body.occupations).toBeGreaterThanOrEqual(40);
      const info = await get(vacancy, '/taxonomy/info', {}).expect(200);
      expect(info.body.source).toBe('store');
    });

    it('gives the profile and vacancy services a resolver for free-text labels', () => {
      const taxonomy = profile.get(TaxonomyService);
      expect(taxonomy.resolveSkills(['manejo de caja registradora', 'tocar la guitarra eléctrica'], 'es')).toEqual([
        { uri: OPERATE_CASH_REGISTER, label: 'manejar una caja registradora', resolvedFrom: 'manejo de caja registradora', confidence: 1 },
        { label: 'tocar la guitarra eléctrica' },
      ]);
      expect(taxonomy.resolveOccupation('montacarguista', 'es')).toMatchObject({ uri: FORKLIFT_OPERATOR, iscoCode: '8344', resolvedFrom: 'montacarguista' });
      expect(taxonomy.resolveOccupation('astronauta', 'es')).toBeNull();
    });
  });
});
