import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { ProfileServiceModule } from '../../apps/profile-service/src/profile-service.module';
import { ScorerModule } from '../../apps/scorer/src/scorer.module';
import { VacancyServiceModule } from '../../apps/vacancy-service/src/vacancy-service.module';
import { startConsoleServer, type ConsoleServer } from '../../scripts/lib/console-server';
import { loadDemoData, type DemoLoadResult } from '../../scripts/lib/demo-data';
import { importDemoTaxonomyIfEmpty } from '../../scripts/lib/taxonomy-demo';
import { createTestApp, testConfig } from './app';
import { CONSOLE_BUILD, ensureConsoleBuilt } from './console-build';
import { createTestDatabase, type TestDatabase } from './database';

export { CONSOLE_BUILD, ensureConsoleBuilt };

/**
 * What `npm start` serves on its first start, in-process and on free ports: a database of its own with
 * the demo taxonomy and the demo data set, the three apps on one queue prefix, and the console server
 * in front of the two HTTP services. The browser tests drive it.
 */
export interface ConsoleStack {
  db: TestDatabase;
  demo: DemoLoadResult;
  consoleUrl: string;
  profileUrl: string;
  vacancyUrl: string;
  keyOf(orgKey: DemoLoadResult['keys'][number]['orgKey']): string;
  idOf(showcase: string): string;
  close(): Promise<void>;
}

async function listenOnFreePort(app: INestApplication): Promise<string> {
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

export async function startConsoleStack(label: string): Promise<ConsoleStack> {
  ensureConsoleBuilt();
  const db = await createTestDatabase(label);
  await importDemoTaxonomyIfEmpty(db.url);
  const demo = await loadDemoData(db.dataSource);
  const config = testConfig(db.url, { SCORER_CONCURRENCY: '4' });
  const apps: INestApplication[] = [];
  let server: ConsoleServer | undefined;
  const close = async () => {
    await server?.close();
    for (const app of apps.reverse()) await app.close();
    await db.drop();
  };
  try {
    const profiles = await createTestApp(ProfileServiceModule.forRoot(config), config);
    apps.push(profiles);
    const vacancies = await createTestApp(VacancyServiceModule.forRoot(config), config);
    apps.push(vacancies);
    apps.push(await createTestApp(ScorerModule.forRoot(config), config));
    const profileUrl = await listenOnFreePort(profiles);
    const vacancyUrl = await listenOnFreePort(vacancies);
    server = await startConsoleServer({ root: CONSOLE_BUILD, profileUrl, vacancyUrl, port: 0 });
    return {
      db,
      demo,
      consoleUrl: server.url,
      profileUrl,
      vacancyUrl,
      keyOf: (orgKey) => demo.keys.find((k) => k.orgKey === orgKey)!.key,
      idOf: (name) => demo.showcase.find((s) => s.name === name)!.id,
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
