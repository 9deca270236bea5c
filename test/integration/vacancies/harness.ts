import type { INestApplication } from '@nestjs/common';
import type { CreatedApiKey } from '@app/contracts';
import request from 'supertest';
import { VacancyServiceModule } from '../../../apps/vacancy-service/src/vacancy-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/** One database and vacancy-service app per test file, plus helpers to arrange opportunities, people and placements. */
export interface VacancyHarness {
  db: TestDatabase;
  app: INestApplication;
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

export async function startVacancyService(label: string, poolSize = '10'): Promise<VacancyHarness> {
  const db = await createTestDatabase(label);
  const config = testConfig(db.url, { DATABASE_POOL_SIZE: poolSize });
  const app = await createTestApp(VacancyServiceModule.forRoot(config), config);
  return {
    db,
    app,
    http: () => request(app.getHttpServer()),
    close: async () => {
      await app.close();
      await db.drop();
    },
  };
}

export const employerKey = (h: VacancyHarness, name = 'Employer') => seedKey(h.db.dataSource, 'employer', 'employer', name);
export const caseManagerKey = (h: VacancyHarness, name = 'NGO') => seedKey(h.db.dataSource, 'case_manager', 'ngo', name);

/** A minimal valid opportunity body; override what the test is about. */
export function opportunityBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'apprenticeship',
    title: 'Panadería: aprendiz de panadero',
    occupation: { iscoCode: '7512', escoUri: 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000001' },
    location: { regionCode: 'EC-P', lat: -0.18, lon: -78.47 },
    capacity: 5,
    certificate: { name: 'Panadero', recognisedBy: 'SETEC' },
    ...overrides,
  };
}

export async function createOpportunity(h: VacancyHarness, key: CreatedApiKey, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const res = await h.http().post('/opportunities').set(bearer(key)).send(opportunityBody(overrides));
  if (res.status !== 201) throw new Error(`createOpportunity: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** People are written by the profile service; here they are arranged straight in the table. */
export async function seedProfiles(h: VacancyHarness, organisationId: string, n: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await h.db.dataSource.query(`INSERT INTO profiles (organisation_id) SELECT $1 FROM generate_series(1, $2) RETURNING id`, [organisationId, n]);
  return rows.map((r) => r.id);
}

export async function createPlacement(h: VacancyHarness, key: CreatedApiKey, opportunityId: string, profileId: string): Promise<string> {
  const res = await h.http().post('/placements').set(bearer(key)).send({ opportunityId, profileId });
  if (res.status !== 201) throw new Error(`createPlacement: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** Moves a placement through the given statuses, failing loudly on any refusal. */
export async function move(h: VacancyHarness, key: CreatedApiKey, placementId: string, steps: Array<string | { to: string; reason?: string }>): Promise<void> {
  for (const step of steps) {
    const body = typeof step === 'string' ? { to: step } : step;
    const res = await h.http().post(`/placements/${placementId}/transitions`).set(bearer(key)).send(body);
    if (res.status !== 200) throw new Error(`move to ${body.to}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

export const outbox = (h: VacancyHarness, type: string, field: string, id: string): Promise<Array<{ payload: Record<string, unknown> }>> =>
  h.db.dataSource.query(`SELECT payload FROM outbox WHERE type = $1 AND payload->>$2 = $3 ORDER BY id`, [type, field, id]);
