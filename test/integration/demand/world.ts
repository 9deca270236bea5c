import type { INestApplication } from '@nestjs/common';
import type { CreatedApiKey } from '@app/contracts';
import { bullConnection, QUEUES } from '@app/messaging';
import type { AppConfig } from '@app/platform';
import { Queue } from 'bullmq';
import request from 'supertest';
import { ProfileServiceModule } from '../../../apps/profile-service/src/profile-service.module';
import { ScorerModule } from '../../../apps/scorer/src/scorer.module';
import { VacancyServiceModule } from '../../../apps/vacancy-service/src/vacancy-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { TEST_REDIS_URL } from '../../support/env';

/**
 * One database, the profile and vacancy services and the scorer in-process on one queue prefix:
 * HTTP -> PostgreSQL/outbox -> BullMQ -> the scorer's processors -> results -> HTTP.
 */
export interface MatchingWorld {
  db: TestDatabase;
  config: AppConfig;
  ps: () => ReturnType<typeof request>;
  vs: () => ReturnType<typeof request>;
  admin: CreatedApiKey;
  caseManager: CreatedApiKey;
  employer: CreatedApiKey;
  otherEmployer: CreatedApiKey;
  rankQueue: Queue;
  close(): Promise<void>;
}

export async function startMatchingWorld(label: string): Promise<MatchingWorld> {
  const db = await createTestDatabase(label);
  const config = testConfig(db.url, { SCORER_CONCURRENCY: '4' });
  const apps: INestApplication[] = [];
  const profiles = await createTestApp(ProfileServiceModule.forRoot(config), config);
  apps.push(profiles);
  const vacancies = await createTestApp(VacancyServiceModule.forRoot(config), config);
  apps.push(vacancies);
  apps.push(await createTestApp(ScorerModule.forRoot(config), config));
  const ds = db.dataSource;
  const rankQueue = new Queue(QUEUES.rank, { connection: bullConnection(TEST_REDIS_URL), prefix: config.QUEUE_PREFIX });
  return {
    db,
    config,
    ps: () => request(profiles.getHttpServer()),
    vs: () => request(vacancies.getHttpServer()),
    admin: await seedKey(ds, 'admin', 'platform', 'Plataforma'),
    caseManager: await seedKey(ds, 'case_manager', 'ngo', 'NGO'),
    employer: await seedKey(ds, 'employer', 'employer_and_training_provider', 'Tienda'),
    otherEmployer: await seedKey(ds, 'employer', 'employer', 'Otra'),
    rankQueue,
    close: async () => {
      await rankQueue.close();
      for (const app of apps.reverse()) await app.close();
      await db.drop();
    },
  };
}

export async function create(w: MatchingWorld, kind: 'profile' | 'opportunity', body: Record<string, unknown>, key?: CreatedApiKey): Promise<string> {
  const res = kind === 'profile' ? await w.ps().post('/profiles').set(bearer(key ?? w.caseManager)).send(body) : await w.vs().post('/opportunities').set(bearer(key ?? w.employer)).send(body);
  if (res.status !== 201) throw new Error(`create ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

/** A refugee record (may work) so jobs are open to the person. */
export async function allowWork(w: MatchingWorld, profileId: string): Promise<void> {
  const res = await w.ps().put(`/profiles/${profileId}/restricted`).set(bearer(w.caseManager)).send({ authorisationKind: 'refugee' });
  if (res.status !== 200 && res.status !== 201) throw new Error(`restricted: ${res.status} ${JSON.stringify(res.body)}`);
}

export type StoredOption = { opportunityId: string; score: number; rankScore: number; components: Record<string, number> };

export async function storedOptions(w: MatchingWorld, profileId: string): Promise<StoredOption[] | null> {
  const rows: Array<{ results: { options: StoredOption[] } }> = await w.db.dataSource.query(`SELECT results FROM match_results WHERE profile_id = $1`, [profileId]);
  return rows[0]?.results.options ?? null;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

export { bearer };
