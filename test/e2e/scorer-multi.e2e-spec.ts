import { Queue } from 'bullmq';
import { bullConnection, QUEUES } from '@app/messaging';
import { ProfileServiceModule } from '../../apps/profile-service/src/profile-service.module';
import { VacancyServiceModule } from '../../apps/vacancy-service/src/vacancy-service.module';
import { createTestApp, seedKey, testConfig } from '../support/app';
import { createTestDatabase } from '../support/database';
import { TEST_REDIS_URL } from '../support/env';
import { freePort, uniqueQueuePrefix } from '../support/redis';
import request from 'supertest';
import { allowWork, bearer, createOpportunity, createProfile, job, person, ScorerProcess, SKILL, sleep, waitFor, type World } from './scorer-harness';

jest.setTimeout(300000);

/**
 * Two compiled scorer processes on one database and one queue prefix, i.e. two replicas sharing the
 * work: after a burst of profile and vacancy changes through HTTP, (a) both hold the same index, (b) the
 * stored results are what a fresh scorer computes from scratch, (c) no result was stored from an index
 * older than the change it answers (docs/matching.md, "Replicas").
 */
describe('two scorer processes side by side', () => {
  let w: World;
  let second: ScorerProcess;
  const extra: ScorerProcess[] = [];
  /** Where each scorer process answers /metrics. */
  const urls = new Map<ScorerProcess, string>();
  const queues: Queue[] = [];

  /** The compiled scorer (not started) on a database and queue prefix. */
  async function scorer(db: string, prefix: string): Promise<ScorerProcess> {
    const port = await freePort();
    const s = new ScorerProcess({
      PATH: process.env.PATH,
      DATABASE_URL: db,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '50',
      SCORER_CONCURRENCY: '4',
      SCORER_LOCK_DURATION_MS: '3000',
      SCORER_STALLED_INTERVAL_MS: '1000',
    });
    urls.set(s, `http://127.0.0.1:${port}`);
    return s;
  }

  beforeAll(async () => {
    const db = await createTestDatabase('scorermulti');
    const config = testConfig(db.url);
    const profiles = await createTestApp(ProfileServiceModule.forRoot(config), config);
    const vacancies = await createTestApp(VacancyServiceModule.forRoot(config), config);
    const first = await scorer(db.url, config.QUEUE_PREFIX);
    second = await scorer(db.url, config.QUEUE_PREFIX);
    await Promise.all([first.start(), second.start()]);
    w = {
      db,
      config,
      profiles,
      vacancies,
      scorer: first,
      caseManager: await seedKey(db.dataSource, 'case_manager', 'ngo', 'NGO'),
      employer: await seedKey(db.dataSource, 'employer', 'employer', 'Tienda'),
      otherEmployer: await seedKey(db.dataSource, 'employer', 'employer', 'Otra'),
      ps: () => request(profiles.getHttpServer()),
      vs: () => request(vacancies.getHttpServer()),
      close: async () => {
        await Promise.all([first.stop(), second.stop(), ...extra.map((s) => s.stop())]);
        await Promise.all(queues.map((q) => q.close()));
        await profiles.close();
        await vacancies.close();
        await db.drop();
      },
    };
  }, 120000);
  afterAll(() => w?.close());

  const queue = (name: string, prefix = w.config.QUEUE_PREFIX) => {
    const q = new Queue(name, { connection: bullConnection(TEST_REDIS_URL), prefix });
    queues.push(q);
    return q;
  };

  async function metrics(s: ScorerProcess): Promise<Record<string, number>> {
    const text = await (await fetch(`${urls.get(s)}/metrics`)).text();
    const out: Record<string, number> = {};
    for (const line of text.split('\n')) {
      const m = /^(scorer_index_\w+|scorer_jobs_processed_total\{[^}]*\}) (\S+)$/.exec(line);
      if (m) out[m[1]] = Number(m[2]);
    }
    return out;
  }
  const indexOf = async (s: ScorerProcess) => {
    const m = await metrics(s);
    return { opportunities: m.scorer_index_opportunities, people: m.scorer_index_people, appliedOutboxId: m.scorer_index_applied_outbox_id, checksum: m.scorer_index_checksum };
  };
  const jobsDone = async (s: ScorerProcess) => Object.entries(await metrics(s)).reduce((n, [k, v]) => (k.startsWith('scorer_jobs_processed_total') ? n + v : n), 0);

  async function maxOutboxId(): Promise<number> {
    const [{ id }] = await w.db.dataSource.query(`SELECT coalesce(max(id), 0)::int AS id FROM outbox`);
    return id;
  }

  /** Nothing unsent, no job waiting or running, and every given scorer has applied the whole outbox — twice in a row. */
  async function quiet(scorers: ScorerProcess[], prefix = w.config.QUEUE_PREFIX): Promise<void> {
    const qs = [queue(QUEUES.events, prefix), queue(QUEUES.rank, prefix)];
    let calm = 0;
    let state: unknown = null;
    await waitFor(
      'quiet',
      async () => {
        const [{ unsent }] = await w.db.dataSource.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
        const counts = await Promise.all(
          qs.map(async (q) => ({
            ...(await q.getJobCounts('waiting', 'active', 'prioritized', 'waiting-children')),
            // Retries wait as delayed jobs; the next run of a job scheduler (demand recompute) is not work in flight.
            delayed: (await q.getDelayed()).filter((j) => !j.repeatJobKey).length,
          })),
        );
        const max = await maxOutboxId();
        const applied = await Promise.all(scorers.map(async (s) => (await indexOf(s)).appliedOutboxId));
        state = { unsent, counts, max, applied };
        const busy = unsent + counts.reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0) + applied.filter((x) => x !== max).length;
        calm = busy === 0 ? calm + 1 : 0;
        return calm >= 3;
      },
      180000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}: ${JSON.stringify(state)}\n${scorers.map((s) => s.output.slice(-3000)).join('\n----\n')}`);
    });
  }

  const patchProfile = (id: string, body: Record<string, unknown>) => w.ps().patch(`/profiles/${id}`).set(bearer(w.caseManager)).send(body).expect(200);
  const patchOpportunity = (id: string, body: Record<string, unknown>) => w.vs().patch(`/opportunities/${id}`).set(bearer(w.employer)).send(body).expect(200);
  async function inParallel<T>(items: T[], width: number, fn: (x: T, i: number) => Promise<unknown>): Promise<void> {
    for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map((x, j) => fn(x, i + j)));
  }

  const SKILLS = [SKILL.cashRegister, SKILL.customerService, SKILL.forklift, SKILL.bakeGoods];
  const ISCO = ['5230', '5223', '8344', '7512'];

  it('both replicas converge on the same index, and stored results are what a fresh scorer computes', async () => {
    // Before: a few vacancies and people, ranked by whichever replica takes each job.
    const opportunities: string[] = [];
    for (let i = 0; i < 8; i++) {
      opportunities.push((await createOpportunity(w, job({ title: `Puesto ${i}`, occupation: { iscoCode: ISCO[i % 4] }, essentialSkills: [{ uri: SKILLS[i % 4], level: 'basic' }], capacity: 1 + (i % 3) }))).id);
    }
    const people: string[] = [];
    for (let i = 0; i < 24; i++) {
      const p = await createProfile(w, person({ skills: [{ concept: SKILLS[i % 4], level: 'intermediate', evidence: 'assessed' }], location: { regionCode: 'EC-P', lat: -0.18 + (i % 5) * 0.01, lon: -78.47 } }));
      if (i % 6 !== 5) await allowWork(w, p.id);
      people.push(p.id);
    }

    // The burst: people and vacancies change at the same time, events spread over both replicas.
    const profileChanges = people.map((id, i) => () => patchProfile(id, { skills: [{ concept: SKILLS[(i + 1) % 4], level: 'advanced', evidence: 'certified' }, { concept: SKILLS[i % 4], level: 'basic', evidence: 'self_declared' }] }));
    const vacancyChanges: Array<() => Promise<unknown>> = [
      ...[0, 1, 2, 3, 4, 5].map((i) => async () => opportunities.push((await createOpportunity(w, job({ title: `Nuevo ${i}`, occupation: { iscoCode: ISCO[(i + 1) % 4] }, essentialSkills: [{ uri: SKILLS[(i + 2) % 4], level: 'basic' }], capacity: 2 }))).id)),
      ...opportunities.slice(0, 4).map((id, i) => () => patchOpportunity(id, { capacity: 4 + i, essentialSkills: [{ uri: SKILLS[(i + 3) % 4], level: 'basic' }] })),
      () => w.vs().post(`/opportunities/${opportunities[5]}/close`).set(bearer(w.employer)).send().expect(200),
      () => w.ps().post(`/profiles/${people[3]}/consent/withdraw`).set(bearer(w.caseManager)).send().expect((r) => expect(r.status).toBeLessThan(300)),
    ];
    const burst = profileChanges.flatMap((f, i) => [f, ...(vacancyChanges[i] ? [vacancyChanges[i]] : [])]);
    await inParallel(burst, 8, (f) => f());
    // Then every person who is still ranked changes once more, after every vacancy change: each person's
    // final ranking must see all of them, whichever replica ranks it.
    const ranked = people.filter((id) => id !== people[3]);
    await inParallel(ranked, 8, (id) => patchProfile(id, { needsIncomeDuringTraining: true }));
    await quiet([w.scorer, second]);

    // Both replicas did part of the work (otherwise this test would prove nothing about two of them).
    expect(await jobsDone(w.scorer)).toBeGreaterThan(0);
    expect(await jobsDone(second)).toBeGreaterThan(0);

    // (a) Both replicas hold the same index.
    const a = await indexOf(w.scorer);
    const b = await indexOf(second);
    expect(a.appliedOutboxId).toBe(await maxOutboxId());
    expect(a.people).toBeGreaterThan(10);
    expect(a.opportunities).toBe(13); // 8 + 6 new - 1 closed
    expect(b).toEqual(a);

    // (c) Every stored result was computed on an index that had applied the person's latest change and
    // every vacancy change (the final round came after all of them): index versions are outbox ids.
    const rows: Array<{ profile_id: string; profile_version: number; index_version: string; version: number; last_change: string; computed_at: Date; results: unknown; excluded: unknown }> =
      await w.db.dataSource.query(
        `SELECT r.profile_id, r.profile_version, r.index_version, p.version, r.computed_at, r.results, r.excluded,
                (SELECT max(o.id) FROM outbox o WHERE o.payload->>'profileId' = r.profile_id::text)::text AS last_change
           FROM match_results r JOIN profiles p ON p.id = r.profile_id WHERE r.profile_id = ANY($1::uuid[]) ORDER BY r.profile_id`,
        [people],
      );
    const [{ lastVacancyChange }] = await w.db.dataSource.query(`SELECT max(id)::int AS "lastVacancyChange" FROM outbox WHERE type IN ('opportunity.changed', 'seat.freed', 'placement.changed')`);
    expect(rows.map((r) => r.profile_id).sort()).toEqual([...ranked].sort()); // consent withdrawn: no results
    for (const r of rows) {
      expect({ id: r.profile_id, version: r.profile_version }).toEqual({ id: r.profile_id, version: r.version });
      expect(Number(r.index_version)).toBeGreaterThanOrEqual(Number(r.last_change));
      expect(Number(r.index_version)).toBeGreaterThanOrEqual(lastVacancyChange);
    }

    // (b) A third, fresh scorer (own queue prefix, so it takes no shared work) loads the index from
    // scratch; it reports the same index and, asked to rank everyone again, stores identical results.
    const freshPrefix = uniqueQueuePrefix();
    const fresh = await scorer(w.db.url, freshPrefix);
    extra.push(fresh);
    await fresh.start();
    await waitFor('fresh index caught up', async () => (await indexOf(fresh)).appliedOutboxId === a.appliedOutboxId);
    expect(await indexOf(fresh)).toEqual(a);
    // Cause 'opportunity': a re-rank that results at the profile's version do not answer (a 'request' would be skipped).
    await queue(QUEUES.rank, freshPrefix).addBulk(ranked.map((profileId) => ({ name: 'rank.profile', data: { type: 'rank.profile', profileId, cause: 'opportunity' }, opts: { jobId: `rank-${profileId}-fresh` } })));
    await quiet([fresh], freshPrefix);
    const again: typeof rows = await w.db.dataSource.query(
      `SELECT profile_id, profile_version, index_version, computed_at, results, excluded FROM match_results WHERE profile_id = ANY($1::uuid[]) ORDER BY profile_id`,
      [people],
    );
    expect(again.map((r) => r.profile_id)).toEqual(rows.map((r) => r.profile_id));
    for (const [i, r] of again.entries()) {
      expect(r.computed_at.getTime()).toBeGreaterThan(rows[i].computed_at.getTime()); // rewritten by the fresh scorer
      expect({ id: r.profile_id, results: r.results, excluded: r.excluded }).toEqual({ id: rows[i].profile_id, results: rows[i].results, excluded: rows[i].excluded });
    }
    await sleep(0);
  });
});
