import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { INestApplication } from '@nestjs/common';
import { ErrorEnvelopeSchema, type CreatedApiKey } from '@app/contracts';
import { ALL_QUEUES, bullConnection, QUEUE_STATES, QUEUES } from '@app/messaging';
import { createLogger, type AppConfig } from '@app/platform';
import { Queue } from 'bullmq';
import request from 'supertest';
import { ProfileServiceModule } from '../../apps/profile-service/src/profile-service.module';
import { ScorerModule } from '../../apps/scorer/src/scorer.module';
import { VacancyServiceModule } from '../../apps/vacancy-service/src/vacancy-service.module';
import { bearer, createTestApp, seedKey, testConfig } from '../support/app';
import { createTestDatabase, type TestDatabase } from '../support/database';
import { TEST_REDIS_URL } from '../support/env';
import { parseMetrics, samples, value, type Sample } from '../support/prometheus';
import { waitFor } from '../support/wait';
import { person } from './scorer-harness';

jest.setTimeout(120000);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
type LogLine = Record<string, unknown>;

/**
 * Issue 18, observability, through the three apps in one process (each with its own metrics registry)
 * and their log lines captured in memory: /metrics on every app (HTTP latency by route pattern and
 * status, queue depth, job durations, outbox lag, PG pool, the scorer's index), request ids from the
 * HTTP request through the outbox row and the job to the worker's log lines, and Bull Board behind the
 * admin key. The scorer starts only after the first writes, so their outbox rows are seen unsent.
 */
describe('observability', () => {
  const lines: LogLine[] = [];
  const logger = createLogger(
    'test',
    'debug',
    new Writable({
      write(chunk, _enc, cb) {
        for (const l of String(chunk).split('\n')) if (l.trim()) lines.push(JSON.parse(l));
        cb();
      },
    }),
  );
  const logged = (what: string, match: (l: LogLine) => boolean) => waitFor(what, async () => lines.find(match), 30000, 50);

  let db: TestDatabase;
  let config: AppConfig;
  let admin: CreatedApiKey;
  let caseManager: CreatedApiKey;
  let profiles: INestApplication;
  let vacancies: INestApplication;
  let scorer: INestApplication | undefined;
  const queues = new Map<string, Queue>();
  let profileId: string;

  const ps = () => request(profiles.getHttpServer());
  const vs = () => request(vacancies.getHttpServer());
  const queue = (name: string) => queues.get(name)!;
  const apps = () => ({ 'profile-service': profiles, 'vacancy-service': vacancies, scorer: scorer! });

  async function metricsOf(app: INestApplication): Promise<Sample[]> {
    const res = await request(app.getHttpServer()).get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return parseMetrics(res.text);
  }

  beforeAll(async () => {
    db = await createTestDatabase('observability');
    config = testConfig(db.url, { LOG_LEVEL: 'debug' });
    admin = await seedKey(db.dataSource, 'admin', 'platform');
    caseManager = await seedKey(db.dataSource, 'case_manager', 'ngo');
    for (const name of ALL_QUEUES) queues.set(name, new Queue(name, { connection: bullConnection(TEST_REDIS_URL), prefix: config.QUEUE_PREFIX }));
    profiles = await createTestApp(ProfileServiceModule.forRoot(config), config, logger);
    vacancies = await createTestApp(VacancyServiceModule.forRoot(config), config, logger);
  }, 90000);

  afterAll(async () => {
    for (const q of queues.values()) await q.close();
    for (const app of [scorer, vacancies, profiles]) await app?.close();
    await db?.drop();
  });

  it('echoes an acceptable X-Request-Id, replaces anything else by a new UUID, and names it in the error envelope and the request log line', async () => {
    const given = await ps().get('/health/live').set('X-Request-Id', 'proxy-7f3a.42:a_b');
    expect(given.headers['x-request-id']).toBe('proxy-7f3a.42:a_b');

    for (const bad of ['x'.repeat(65), 'two words', 'semi;colon', '"quoted"', 'ñandú']) {
      const res = await ps().get('/health/live').set('X-Request-Id', bad);
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
    const [a, b] = [await vs().get('/health/live'), await vs().get('/health/live')];
    expect(a.headers['x-request-id']).toMatch(UUID);
    expect(b.headers['x-request-id']).toMatch(UUID);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);

    const refused = await ps().get('/me').set('X-Request-Id', 'req-refused-1');
    expect(refused.status).toBe(401);
    expect(refused.headers['x-request-id']).toBe('req-refused-1');
    expect(ErrorEnvelopeSchema.parse(refused.body).error).toMatchObject({ code: 'unauthorized', requestId: 'req-refused-1' });
    const generated = await ps().get('/me');
    expect(generated.body.error.requestId).toBe(generated.headers['x-request-id']);

    expect(await logged('the request line', (l) => l.msg === 'http' && l.requestId === 'req-refused-1')).toMatchObject({ method: 'GET', path: '/me', status: 401 });
  });

  it('keeps the id in the outbox rows a request writes (both write paths); unsent rows show as outbox lag in /metrics', async () => {
    const created = await ps().post('/profiles').set(bearer(caseManager)).set('X-Request-Id', 'req-create-1').send(person());
    expect(created.status).toBe(201);
    profileId = created.body.id;
    // A patch without consent is the one-statement path (profile-patch.ts), creation the transaction with writeOutbox.
    await ps().patch(`/profiles/${profileId}`).set(bearer(caseManager)).set('X-Request-Id', 'req-patch-1').send({ limitedMobility: true }).expect(200);

    const rows: Array<{ version: number; request_id: string | null; sent: boolean }> = await db.dataSource.query(
      `SELECT (payload->>'version')::int AS version, request_id, sent_at IS NOT NULL AS sent FROM outbox WHERE type = 'profile.changed' AND payload->>'profileId' = $1 ORDER BY id`,
      [profileId],
    );
    expect(rows).toEqual([
      { version: 1, request_id: 'req-create-1', sent: false },
      { version: 2, request_id: 'req-patch-1', sent: false },
    ]);

    // No scorer yet, so no relay: every row is unsent, the oldest for a while already.
    const [{ unsent }] = await db.dataSource.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
    expect(unsent).toBeGreaterThanOrEqual(2);
    const m = await metricsOf(profiles);
    expect(value(m, 'outbox_unsent')).toBe(unsent);
    expect(value(m, 'outbox_oldest_unsent_age_seconds')).toBeGreaterThan(0);
  });

  it('carries the id into the job the relay makes of the row, and binds it to the worker log lines of that job', async () => {
    const [row]: Array<{ id: string }> = await db.dataSource.query(`SELECT id::text FROM outbox WHERE request_id = 'req-create-1'`);
    scorer = await createTestApp(ScorerModule.forRoot(config), config, logger);

    const job = await waitFor('the relayed job done', async () => {
      const j = await queue(QUEUES.events).getJob(`outbox-${row.id}`);
      return j?.finishedOn ? j : null;
    });
    expect(job.data).toEqual({ type: 'profile.changed', profileId, version: 1, requestId: 'req-create-1' });
    // The worker's line for the attempt is written inside the job's context: the id is not passed to it.
    expect(await logged('the worker line', (l) => l.msg === 'job' && l.jobId === `outbox-${row.id}`)).toMatchObject({
      requestId: 'req-create-1',
      queue: 'events',
      jobName: 'profile.changed',
      outcome: 'completed',
      context: 'Worker',
    });
    // The relay caught up: no lag left.
    await waitFor('outbox drained in /metrics', async () => value(await metricsOf(profiles), 'outbox_unsent') === 0);
    expect(value(await metricsOf(profiles), 'outbox_oldest_unsent_age_seconds')).toBe(0);
  });

  it('carries the id into a job a request adds itself (a what-if match request on the rank queue)', async () => {
    const res = await ps().post('/match-requests').set(bearer(caseManager)).set('X-Request-Id', 'req-whatif-1').send({ profileId });
    expect(res.status).toBe(202);
    const job = await queue(QUEUES.rank).getJob(`what-if-${res.body.id}`);
    expect(job?.data).toEqual({ type: 'rank.what_if', matchRequestId: res.body.id, requestId: 'req-whatif-1' });
    expect(await logged('the what-if worker line', (l) => l.msg === 'job' && l.jobId === `what-if-${res.body.id}`)).toMatchObject({ requestId: 'req-whatif-1', queue: 'rank', outcome: 'completed' });
  });

  it('measures HTTP latency on every app by method, route pattern (never the URL) and status', async () => {
    await ps().get(`/profiles/${profileId}`).set(bearer(caseManager)).expect(200);
    const missing = randomUUID();
    await ps().get(`/profiles/${missing}`).set(bearer(caseManager)).expect(404);
    await ps().get('/no/such/route').expect(404);
    await vs().get(`/opportunities/${missing}`).set(bearer(admin)).expect(404);
    await request(scorer!.getHttpServer()).get('/health/live').expect(200);

    const count = (m: Sample[], method: string, route: string, status: string) => value(m, 'http_request_duration_seconds_count', { method, route, status });
    const p = await metricsOf(profiles);
    expect(count(p, 'POST', '/profiles', '201')).toBe(1);
    expect(count(p, 'PATCH', '/profiles/:id', '200')).toBe(1);
    expect(count(p, 'GET', '/profiles/:id', '200')).toBe(1);
    expect(count(p, 'GET', '/profiles/:id', '404')).toBe(1);
    expect(count(p, 'POST', '/match-requests', '202')).toBe(1);
    expect(count(p, 'GET', '/me', '401')).toBe(2);
    expect(count(p, 'GET', 'unmatched', '404')).toBe(1);
    // A histogram: buckets up to +Inf hold every observation, the sum is a duration.
    expect(value(p, 'http_request_duration_seconds_bucket', { method: 'GET', route: '/profiles/:id', status: '200', le: '+Inf' })).toBe(1);
    expect(value(p, 'http_request_duration_seconds_sum', { method: 'GET', route: '/profiles/:id', status: '200' })).toBeGreaterThan(0);
    // No id ever becomes a label value.
    const routes = new Set(samples(p, 'http_request_duration_seconds_count').map((s) => s.labels.route));
    for (const r of routes) expect(r).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);

    expect(count(await metricsOf(vacancies), 'GET', '/opportunities/:id', '404')).toBe(1);
    expect(count(await metricsOf(scorer!), 'GET', '/health/live', '200')).toBe(1);
  });

  it('reports queue depth per queue and state, outbox lag, the PG pool and process metrics on every app; job durations and the index on the scorer', async () => {
    // A job delayed for an hour stays delayed; a job no payload schema accepts fails at once (UnrecoverableError).
    await queue(QUEUES.fairs).add('cohort.allocate', { type: 'cohort.allocate', cohortId: randomUUID() }, { delay: 3_600_000 });
    await queue(QUEUES.events).add('bogus.event', { type: 'bogus.event', requestId: 'req-bogus-1' });
    await waitFor('the bogus job failed', async () => (await queue(QUEUES.events).getJobCounts('failed')).failed === 1);
    // The failure line is written by the worker event, outside the job's context: it names the request itself.
    expect(await logged('the failure line', (l) => l.msg === 'job failed' && l.jobName === 'bogus.event')).toMatchObject({ requestId: 'req-bogus-1' });

    for (const [service, app] of Object.entries(apps())) {
      const m = await waitFor(`${service}: queue figures`, async () => {
        const s = await metricsOf(app);
        return value(s, 'queue_jobs', { queue: 'fairs', state: 'delayed' }) === 1 && value(s, 'queue_jobs', { queue: 'events', state: 'failed' }) === 1 ? s : null;
      });
      for (const q of ALL_QUEUES) for (const state of QUEUE_STATES) expect(value(m, 'queue_jobs', { queue: q, state })).toEqual(expect.any(Number));
      expect(value(m, 'queue_jobs', { queue: 'events', state: 'waiting' })).toBe(0);
      expect(value(m, 'outbox_unsent')).toBe(0);
      expect(value(m, 'outbox_oldest_unsent_age_seconds')).toBe(0);
      expect(value(m, 'pg_pool_max_connections')).toBe(config.DATABASE_POOL_SIZE);
      expect(value(m, 'pg_pool_connections')).toBeGreaterThanOrEqual(1);
      expect(value(m, 'pg_pool_connections')).toBeLessThanOrEqual(config.DATABASE_POOL_SIZE);
      expect(value(m, 'pg_pool_idle_connections')).toBeLessThanOrEqual(value(m, 'pg_pool_connections')!);
      expect(value(m, 'pg_pool_waiting_requests')).toEqual(expect.any(Number));
      // Process metrics are per app (each its own registry), labelled with the app.
      expect(value(m, 'process_cpu_user_seconds_total', { app: service })).toBeGreaterThan(0);
      expect(value(m, 'nodejs_eventloop_lag_p99_seconds', { app: service })).toEqual(expect.any(Number));
    }

    const s = await metricsOf(scorer!);
    const attempts = (q: string, name: string, outcome: string) => value(s, 'job_duration_seconds_count', { queue: q, name, outcome });
    expect(attempts('events', 'profile.changed', 'completed')).toBe(2);
    expect(attempts('events', 'bogus.event', 'failed')).toBe(1);
    expect(attempts('rank', 'rank.what_if', 'completed')).toBe(1);
    expect(value(s, 'job_duration_seconds_bucket', { queue: 'events', name: 'bogus.event', outcome: 'failed', le: '+Inf' })).toBe(1);
    // The scorer's own figures, under the names the replica test and the benchmark parse.
    expect(value(s, 'scorer_index_people')).toBe(1);
    expect(value(s, 'scorer_index_opportunities')).toBe(0);
    expect(value(s, 'scorer_index_applied_outbox_id')).toBeGreaterThan(0);
    // Per attempt: at least the two events and the bogus job (a retried attempt would add to them).
    expect(value(s, 'scorer_jobs_processed_total', { type: 'profile.changed' })).toBeGreaterThanOrEqual(2);
    expect(value(s, 'scorer_jobs_failed_total')).toBeGreaterThanOrEqual(1);
    expect(value(s, 'scorer_ranks_total')).toBeGreaterThanOrEqual(1);
    // The other apps have no workers: no job attempts of their own.
    expect(samples(await metricsOf(profiles), 'job_duration_seconds_count')).toEqual([]);
  });

  it('serves Bull Board at /admin/queues to admin keys only: 401 without a key, 403 for another role, read-only for admins', async () => {
    const none = await vs().get('/admin/queues').set('X-Request-Id', 'req-board-1');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/^Basic /);
    expect(ErrorEnvelopeSchema.parse(none.body).error).toMatchObject({ code: 'unauthorized', requestId: 'req-board-1' });
    await vs().get('/admin/queues/api/queues').expect(401);
    await vs().get('/admin/queues').set('Authorization', 'Bearer mk_0123456789ab_not-a-real-secret').expect(401);

    const other = await vs().get('/admin/queues').set(bearer(caseManager));
    expect(other.status).toBe(403);
    expect(ErrorEnvelopeSchema.parse(other.body).error.code).toBe('forbidden');
    await vs().get('/admin/queues/api/queues').set(bearer(caseManager)).expect(403);

    const page = await vs().get('/admin/queues').set(bearer(admin));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // A browser sends the key as the Basic-auth password (the 401 above asks for it).
    await vs().get('/admin/queues').auth('admin', admin.key).expect(200);
    await vs().get('/admin/queues').auth('admin', caseManager.key).expect(403);

    const api = await vs().get('/admin/queues/api/queues').set(bearer(admin)).expect(200);
    const listed = (api.body.queues as Array<{ name: string; readOnlyMode: boolean; counts: Record<string, number> }>).sort((x, y) => x.name.localeCompare(y.name));
    expect(listed.map((q) => q.name)).toEqual([...ALL_QUEUES].sort());
    expect(listed.every((q) => q.readOnlyMode)).toBe(true);
    expect(listed.find((q) => q.name === 'events')!.counts.failed).toBe(1);

    // Read-only is enforced by the board's API, not only hidden in its UI.
    await vs().put('/admin/queues/api/queues/events/retry/failed').set(bearer(admin)).expect(405);
    await vs().put('/admin/queues/api/queues/fairs/empty').set(bearer(admin)).expect(405);
    expect(await queue(QUEUES.events).getJobCounts('failed')).toEqual({ failed: 1 });
    expect(await queue(QUEUES.fairs).getJobCounts('delayed')).toEqual({ delayed: 1 });
  });
});
