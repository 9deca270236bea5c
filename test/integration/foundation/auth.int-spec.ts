import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import type { CreatedApiKey } from '@app/contracts';
import { OrganisationRepository } from '@app/persistence';
import request from 'supertest';
import { VacancyServiceModule } from '../../../apps/vacancy-service/src/vacancy-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/** A handler that forgot to declare its roles: the guard must keep it closed. */
@Controller('forgotten')
class ForgottenRolesController {
  @Get()
  open(): string {
    return 'should never be served';
  }
}

describe('API-key authentication and role authorisation (vacancy-service admin endpoints)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let admin: CreatedApiKey;
  let caseManager: CreatedApiKey;

  beforeAll(async () => {
    db = await createTestDatabase('auth');
    const config = testConfig(db.url);
    @Module({ imports: [VacancyServiceModule.forRoot(config)], controllers: [ForgottenRolesController] })
    class TestModule {}
    app = await createTestApp(TestModule, config);
    admin = await seedKey(db.dataSource, 'admin', 'platform');
    caseManager = await seedKey(db.dataSource, 'case_manager', 'ngo');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('answers 401 without a key, with the error envelope', async () => {
    const res = await request(app.getHttpServer()).get('/organisations').expect(401);
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: expect.any(String), details: [], requestId: res.headers['x-request-id'] } });
  });

  it('answers 401 for a malformed, an unknown and a revoked key', async () => {
    await request(app.getHttpServer()).get('/organisations').set('Authorization', 'Bearer nonsense').expect(401);
    const forged = admin.key.slice(0, -4) + 'AAAA';
    await request(app.getHttpServer()).get('/organisations').set('Authorization', `Bearer ${forged === admin.key ? forged.replace(/A$/, 'B') : forged}`).expect(401);

    const created = await request(app.getHttpServer())
      .post('/api-keys')
      .set(bearer(admin))
      .send({ organisationId: caseManager.organisationId, role: 'case_manager', label: 'to revoke' })
      .expect(201);
    await request(app.getHttpServer()).get('/me').set('X-API-Key', created.body.key).expect(200);
    await request(app.getHttpServer()).delete(`/api-keys/${created.body.id}`).set(bearer(admin)).expect(204);
    await request(app.getHttpServer()).get('/me').set('X-API-Key', created.body.key).expect(401);
  });

  it('answers 403 when the role is not allowed', async () => {
    const res = await request(app.getHttpServer()).post('/organisations').set(bearer(caseManager)).send({ name: 'X', kind: 'ngo' }).expect(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('keeps an endpoint without declared roles closed to every role, admin included', async () => {
    await request(app.getHttpServer()).get('/forgotten').set(bearer(admin)).expect(403);
  });

  it('lets the admin create an organisation and a key shown once and stored hashed', async () => {
    const org = await request(app.getHttpServer()).post('/organisations').set(bearer(admin)).send({ name: 'Panadería Sol', kind: 'employer', country: 'EC' }).expect(201);
    expect(await app.get(OrganisationRepository).findById(org.body.id)).toMatchObject({ name: 'Panadería Sol' });

    const key = await request(app.getHttpServer()).post('/api-keys').set(bearer(admin)).send({ organisationId: org.body.id, role: 'employer', label: 'HR' }).expect(201);
    expect(key.body.key).toMatch(/^mk_/);
    const me = await request(app.getHttpServer()).get('/me').set('Authorization', `Bearer ${key.body.key}`).expect(200);
    expect(me.body).toEqual({ apiKeyId: key.body.id, organisationId: org.body.id, role: 'employer' });

    const listed = await request(app.getHttpServer()).get('/api-keys').query({ organisationId: org.body.id }).set(bearer(admin)).expect(200);
    expect(JSON.stringify(listed.body)).not.toContain(key.body.key);
    const [row] = await db.dataSource.query(`SELECT hash FROM api_keys WHERE id = $1`, [key.body.id]);
    expect(row.hash).toHaveLength(64);
    expect(row.hash).not.toContain(key.body.key.slice(16));
  });

  it('returns 400 with field paths for bad input and writes nothing', async () => {
    const before = await db.dataSource.query(`SELECT count(*)::int AS n FROM organisations`);
    const res = await request(app.getHttpServer()).post('/organisations').set(bearer(admin)).send({ name: '', kind: 'bakery', colour: 'red' }).expect(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['colour', 'kind', 'name']);
    const after = await db.dataSource.query(`SELECT count(*)::int AS n FROM organisations`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('rejects a key for an unknown organisation with the field path', async () => {
    const res = await request(app.getHttpServer())
      .post('/api-keys')
      .set(bearer(admin))
      .send({ organisationId: '00000000-0000-4000-8000-000000000000', role: 'employer', label: 'x' })
      .expect(400);
    expect(res.body.error.details[0].path).toBe('organisationId');
  });

  it('keeps health and API docs open', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200, { status: 'ok' });
    const doc = await request(app.getHttpServer()).get('/openapi.json').expect(200);
    expect(doc.body.paths['/organisations']).toBeDefined();
  });

  it('writes an outbox event in the same transaction as the organisation', async () => {
    const org = await request(app.getHttpServer()).post('/organisations').set(bearer(admin)).send({ name: 'Outbox check', kind: 'ngo' }).expect(201);
    const rows = await db.dataSource.query(`SELECT type, payload FROM outbox WHERE payload->>'organisationId' = $1`, [org.body.id]);
    expect(rows).toEqual([{ type: 'organisation.changed', payload: { type: 'organisation.changed', organisationId: org.body.id } }]);
  });
});
