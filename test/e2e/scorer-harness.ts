import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { CreatedApiKey } from '@app/contracts';
import type { AppConfig } from '@app/platform';
import request from 'supertest';
import { ProfileServiceModule } from '../../apps/profile-service/src/profile-service.module';
import { VacancyServiceModule } from '../../apps/vacancy-service/src/vacancy-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_REDIS_URL } from '../support/env';
import { freePort } from '../support/redis';
import { allowWork } from '../support/allow-work';
import { sleep, waitFor } from '../support/wait';

const ROOT = join(__dirname, '..', '..');

export const SKILL = {
  cashRegister: 'http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82',
  customerService: 'http://data.europa.eu/esco/skill/15a33d76-4640-438d-ae64-fdc0c1d3eebc',
  forklift: 'http://data.europa.eu/esco/skill/28cb374e-6261-4133-8371-f9a5470145da',
  bakeGoods: 'http://data.europa.eu/esco/skill/5626b3b1-5415-47f6-acf1-b573d457d180',
};

/** The compiled scorer as a real process (built by the jest global setup), killable and restartable. */
export class ScorerProcess {
  private child: ChildProcess | null = null;
  output = '';
  constructor(private readonly env: NodeJS.ProcessEnv) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'paths.js'), join(ROOT, 'dist', 'apps', 'scorer', 'src', 'main.js')], { env: this.env });
    this.child = child;
    child.stdout?.on('data', (d) => (this.output += d));
    child.stderr?.on('data', (d) => (this.output += d));
    const deadline = Date.now() + 30000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`scorer exited ${child.exitCode}: ${this.output}`);
      const ok = await fetch(`http://127.0.0.1:${this.env.PORT}/health/ready`).then((r) => r.ok).catch(() => false);
      if (ok) return;
      await sleep(100);
    }
    throw new Error(`scorer did not become ready: ${this.output}`);
  }

  /** SIGKILL: no graceful shutdown, in-flight jobs are left locked in Redis. */
  async kill(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const c = this.child;
    if (!c || c.exitCode !== null) return;
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGTERM');
    // The SIGKILL fallback timer is cleared once the process is gone: a pending 15 s timer kept jest
    // from exiting ("did not exit one second after the test run").
    const fallback = setTimeout(() => c.kill('SIGKILL'), 15000);
    await exited;
    clearTimeout(fallback);
  }
}

export interface World {
  db: TestDatabase;
  config: AppConfig;
  profiles: INestApplication;
  vacancies: INestApplication;
  scorer: ScorerProcess;
  caseManager: CreatedApiKey;
  employer: CreatedApiKey;
  otherEmployer: CreatedApiKey;
  ps: () => ReturnType<typeof request>;
  vs: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * PostgreSQL database + both HTTP services in-process + the scorer as a child process, on one queue prefix.
 * `scorerEnv` overrides the scorer's settings (e.g. a slow outbox poll); `redisUrl` another Redis (one a test may stop).
 */
export async function startWorld(label: string, scorerEnv: Record<string, string> = {}, redisUrl = TEST_REDIS_URL): Promise<World> {
  const db = await createTestDatabase(label);
  const config = testConfig(db.url, { REDIS_URL: redisUrl });
  const profiles = await createTestApp(ProfileServiceModule.forRoot(config), config);
  const vacancies = await createTestApp(VacancyServiceModule.forRoot(config), config);
  const scorer = new ScorerProcess({
    PATH: process.env.PATH,
    DATABASE_URL: db.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: config.QUEUE_PREFIX,
    PORT: String(await freePort()),
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '50',
    SCORER_LOCK_DURATION_MS: '3000',
    SCORER_STALLED_INTERVAL_MS: '1000',
    ...scorerEnv,
  });
  await scorer.start();
  return {
    db,
    config,
    profiles,
    vacancies,
    scorer,
    caseManager: await seedKey(db.dataSource, 'case_manager', 'ngo', 'NGO'),
    employer: await seedKey(db.dataSource, 'employer', 'employer', 'Tienda'),
    otherEmployer: await seedKey(db.dataSource, 'employer', 'employer', 'Otra'),
    ps: () => request(profiles.getHttpServer()),
    vs: () => request(vacancies.getHttpServer()),
    close: async () => {
      await scorer.stop();
      await profiles.close();
      await vacancies.close();
      await db.drop();
    },
  };
}

/** A person in Quito who can work weekday mornings and afternoons. */
export function person(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    personal: { displayName: 'Mayerlin Rojas', phone: '+593 99 123 4567', email: 'mayerlin@example.org' },
    skills: [{ concept: SKILL.cashRegister, level: 'intermediate', evidence: 'assessed' }],
    languages: [{ tag: 'es', level: 'native' }],
    location: { regionCode: 'EC-P', lat: -0.18, lon: -78.47 },
    transport: { modes: ['walk', 'public_transport'], maxCommuteMinutes: 60, canUseTransportAllowance: true },
    availability: { words: { days: ['weekdays'], periods: ['morning', 'afternoon'] } },
    digitalAccess: { device: 'smartphone', connectivity: 'mobile_data' },
    earliestStart: '2025-01-01',
    consent: { scopes: ['matching', 'visible_to_employers'], givenAt: '2025-05-20' },
    ...overrides,
  };
}

/** A retail job near that person: cash register essential. */
export function job(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'job',
    title: 'Cajera/o de supermercado',
    occupation: { iscoCode: '5230' },
    essentialSkills: [{ uri: SKILL.cashRegister, level: 'basic' }],
    optionalSkills: [{ uri: SKILL.customerService, level: 'basic' }],
    languageMinimums: [{ tag: 'es', level: 'B1', hard: true }],
    location: { regionCode: 'EC-P', lat: -0.19, lon: -78.48 },
    schedule: { mon: [9, 10, 11, 12], tue: [9, 10, 11, 12], wed: [9, 10, 11, 12] },
    hoursPerWeek: 12,
    capacity: 3,
    requiresWorkAuthorisation: true,
    ...overrides,
  };
}

export async function createProfile(w: World, body = person()): Promise<{ id: string; version: number }> {
  const res = await w.ps().post('/profiles').set(bearer(w.caseManager)).send(body);
  if (res.status !== 201) throw new Error(`create profile: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function createOpportunity(w: World, body: Record<string, unknown>, key = w.employer): Promise<{ id: string; version: number }> {
  const res = await w.vs().post('/opportunities').set(bearer(key)).send(body);
  if (res.status !== 201) throw new Error(`create opportunity: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export async function storedResults(w: World, profileId: string): Promise<{ profile_version: number; results: { options: Array<{ opportunityId: string; score: number; components: Record<string, number> }> } } | null> {
  const rows = await w.db.dataSource.query(`SELECT profile_version, results FROM match_results WHERE profile_id = $1`, [profileId]);
  return rows[0] ?? null;
}

export async function currentVersion(w: World, profileId: string): Promise<number> {
  const [{ version }] = await w.db.dataSource.query(`SELECT version FROM profiles WHERE id = $1`, [profileId]);
  return version;
}

export { allowWork, bearer, sleep, waitFor };
