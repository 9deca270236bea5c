import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@app/platform';
import request from 'supertest';
import { ProfileServiceModule } from '../../apps/profile-service/src/profile-service.module';
import { ScorerModule } from '../../apps/scorer/src/scorer.module';
import { VacancyServiceModule } from '../../apps/vacancy-service/src/vacancy-service.module';
import { createTestApp, testConfig } from './app';
import { createTestDatabase, type TestDatabase } from './database';

/**
 * One database, the profile and vacancy services and the scorer in-process, all on one queue prefix:
 * what the demand and fair worlds build on (each seeds its own keys and adds its own helpers).
 */
export interface InProcessStack {
  db: TestDatabase;
  config: AppConfig;
  ps: () => ReturnType<typeof request>;
  vs: () => ReturnType<typeof request>;
  /** Closes the apps in reverse start order (scorer first), then drops the database. */
  close(): Promise<void>;
}

export async function startInProcessStack(label: string): Promise<InProcessStack> {
  const db = await createTestDatabase(label);
  const config = testConfig(db.url, { SCORER_CONCURRENCY: '4' });
  const apps: INestApplication[] = [];
  const profiles = await createTestApp(ProfileServiceModule.forRoot(config), config);
  apps.push(profiles);
  const vacancies = await createTestApp(VacancyServiceModule.forRoot(config), config);
  apps.push(vacancies);
  apps.push(await createTestApp(ScorerModule.forRoot(config), config));
  return {
    db,
    config,
    ps: () => request(profiles.getHttpServer()),
    vs: () => request(vacancies.getHttpServer()),
    close: async () => {
      for (const app of apps.reverse()) await app.close();
      await db.drop();
    },
  };
}
