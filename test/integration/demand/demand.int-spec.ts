import { combineDemand, vacancySignal } from '@app/matching';
import { DEMAND_RECOMPUTE_SCHEDULER, MATCH_REQUESTS_PURGE_SCHEDULER, OUTBOX_PRUNE_SCHEDULER } from '../../../apps/scorer/src/demand/demand-scheduler.service';
import { ScorerIndex } from '../../../apps/scorer/src/index/scorer-index.service';
import { ScorerModule } from '../../../apps/scorer/src/scorer.module';
import { job, person } from '../../e2e/scorer-harness';
import { bullConnection, QUEUES } from '@app/messaging';
import { Queue } from 'bullmq';
import { createTestApp, seedKey, testConfig } from '../../support/app';
import { TEST_REDIS_URL } from '../../support/env';
import { allowWork, bearer, create, startMatchingWorld, storedOptions, waitFor, type MatchingWorld } from './world';

jest.setTimeout(120000);

const OCCUPATION = 'http://data.europa.eu/esco/occupation/00000000-0000-4000-8000-000000000001';

/**
 * POST /demand/indicators (CSV and JSON, all or nothing, idempotent), GET /demand, the scheduled recompute
 * (registered as a BullMQ job scheduler) and an import that changes a person's stored demand component
 * and ranking through the scorer's processors.
 */
describe('demand', () => {
  let w: MatchingWorld;
  const count = async () => (await w.db.dataSource.query(`SELECT count(*)::int AS n FROM demand_indicators`))[0].n as number;
  const post = (body: unknown, key = w.admin, type = 'application/json') => w.vs().post('/demand/indicators').set(bearer(key)).set('Content-Type', type).send(typeof body === 'string' ? body : JSON.stringify(body));

  beforeAll(async () => {
    process.env.DEMAND_RECOMPUTE_EVERY_MS = '3600000';
    w = await startMatchingWorld('demand');
  }, 90000);
  afterAll(() => w?.close());

  it('the scorer registers its job schedulers (demand recompute hourly, what-if purge, outbox pruning hourly)', async () => {
    const schedulers = await waitFor('schedulers', async () => {
      const s = await w.rankQueue.getJobSchedulers();
      return s.length >= 3 ? s : null;
    });
    const byId = new Map(schedulers.map((s) => [s.key, s]));
    expect(byId.get(DEMAND_RECOMPUTE_SCHEDULER)).toMatchObject({ every: 3600000, name: 'demand.recompute' });
    expect(byId.get(MATCH_REQUESTS_PURGE_SCHEDULER)).toMatchObject({ name: 'match_requests.purge' });
    expect(byId.get(OUTBOX_PRUNE_SCHEDULER)).toMatchObject({ every: 3600000, name: 'outbox.prune' });
  });

  it('JSON: 400 with item/field paths and nothing stored; then an idempotent upsert', async () => {
    const bad = await post([
      { isco: '5230', value: 0.8, source: 'MDT', date: '2025-05-01' },
      { isco: '52x', value: 1.5, source: 'MDT', date: '2025-02-30' },
      { value: 0.5, source: 'MDT', date: '2025-05-01' },
    ]);
    expect(bad.status).toBe(400);
    const paths = bad.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['1.isco', '1.value', '1.date', '2.occupation']));
    expect(await count()).toBe(0);

    const rows = [
      { isco: '7512', region: 'EC-P', value: 0.4, source: 'MDT', date: '2025-05-01' },
      { occupation: OCCUPATION, value: 0.7, source: 'MDT', date: '2025-05-01' },
    ];
    expect((await post(rows)).body).toEqual({ received: 2, inserted: 2, updated: 0 });
    expect((await post([{ ...rows[0], value: 0.5 }, rows[1]])).body).toEqual({ received: 2, inserted: 0, updated: 2 });
    expect(await count()).toBe(2);
    const [{ value }] = await w.db.dataSource.query(`SELECT value FROM demand_indicators WHERE isco_code = '7512'`);
    expect(value).toBe(0.5);
    const dup = await post([rows[1], rows[1]]);
    expect(dup.status).toBe(400);
    expect(dup.body.error.details[0]).toMatchObject({ path: '1', code: 'duplicate' });
  });

  it('CSV: 400 with line/field paths and nothing stored; a good file is stored; the event reaches the outbox', async () => {
    const before = await count();
    const bad = await post('isco,region,value,source,date\n7411,EC-P,0.9,MDT,2025-05-01\n74111,EC-P,abc,,2025-05-01\n', w.admin, 'text/csv');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['line.3.isco', 'line.3.value', 'line.3.source']));
    expect(await count()).toBe(before);
    const unknownColumn = await post('isco,valor\n7411,0.9\n', w.admin, 'text/csv');
    expect(unknownColumn.body.error.details[0]).toMatchObject({ path: 'line.1.valor', code: 'unrecognized_key' });

    const events = async () => (await w.db.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE type = 'demand.indicators_changed'`))[0].n as number;
    const eventsBefore = await events();
    const ok = await post('isco,region,value,source,date\n7411,EC-P,0.9,MDT,2025-05-01\n7411,,0.3,MDT,2025-05-01\n', w.admin, 'text/csv');
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ received: 2, inserted: 2, updated: 0 });
    expect(await events()).toBe(eventsBefore + 1);
  });

  it('only admins and public employment services import; case managers and admins read', async () => {
    const pes = await seedKey(w.db.dataSource, 'case_manager', 'public_employment_service', 'Red Socio Empleo');
    const row = [{ isco: '9112', value: 0.2, source: 'PES', date: '2025-06-01' }];
    expect((await post(row, pes)).status).toBe(200);
    expect((await post(row, w.caseManager)).status).toBe(403);
    expect((await post(row, w.employer)).status).toBe(403);
    await w.vs().get('/demand?isco=7411').set(bearer(w.employer)).expect(403);
    const res = await w.vs().get('/demand?isco=7411&region=EC-P').set(bearer(w.caseManager));
    expect(res.status).toBe(200);
    // What the value is made of: no vacancies, the regional indicator (more specific than the country-wide one).
    expect(res.body).toMatchObject({ isco: '7411', region: 'EC-P', value: 0.9, level: 'high', vacancySignal: 0, weightedOpenings: 0, indicator: { value: 0.9, source: 'MDT', date: '2025-05-01' } });
    expect(res.body.indicators.map((i: { region: string | null; value: number }) => [i.region, i.value])).toEqual(expect.arrayContaining([['EC-P', 0.9], [null, 0.3]]));
    expect((await w.vs().get('/demand?isco=7411&region=EC-G').set(bearer(w.admin))).body).toMatchObject({ value: 0.3, level: 'low', indicator: { value: 0.3 } });
    expect((await w.vs().get('/demand?region=EC-P').set(bearer(w.admin))).status).toBe(400);
  });

  it("posting an indicator changes a person's stored demand component and the order of two otherwise equal jobs", async () => {
    // Three vacancies: the filler is far away with many openings; the two jobs near the person get a
    // small vacancy signal of their own (absolute: w / (w + 5)), B (2 openings) a bit more than A (1 opening).
    await create(w, 'opportunity', job({ title: 'Relleno', occupation: { iscoCode: '9111' }, capacity: 100, location: { regionCode: 'EC-G', lat: -2.19, lon: -79.88 } }));
    const a = await create(w, 'opportunity', job({ title: 'A', occupation: { iscoCode: '5230' }, capacity: 1 }));
    const b = await create(w, 'opportunity', job({ title: 'B', occupation: { iscoCode: '5223' }, capacity: 2 }));
    const p = await create(w, 'profile', person());
    await allowWork(w, p);
    const order = (opts: Array<{ opportunityId: string }>) => opts.map((o) => o.opportunityId).filter((id) => id === a || id === b);
    const before = await waitFor('both jobs ranked', async () => {
      const o = await storedOptions(w, p);
      return o && order(o).length === 2 ? o : null;
    });
    const demandOf = (opts: Array<{ opportunityId: string; components: Record<string, number> }>, id: string) => opts.find((o) => o.opportunityId === id)!.components.demand;
    expect(demandOf(before, a)).toBeLessThan(0.3);
    expect(order(before)).toEqual([b, a]);

    expect((await post([{ isco: '5230', region: 'EC-P', value: 0.95, source: 'MDT', date: '2025-05-02' }])).status).toBe(200);
    const after = await waitFor('re-ranked with the indicator', async () => {
      const o = await storedOptions(w, p);
      // The indicator fills its share of the headroom the vacancies leave: v + (1 - v) x 0.95.
      return o && Math.abs(demandOf(o, a) - combineDemand(vacancySignal(1), 0.95)) < 1e-3 ? o : null;
    });
    expect(order(after)).toEqual([a, b]);
    expect(after.find((o) => o.opportunityId === a)!.score).toBeGreaterThan(before.find((o) => o.opportunityId === a)!.score);
  });

  it('every scorer replica picks an indicator import up from the outbox, not only the one that gets the job', async () => {
    // A second scorer on the same database but its own queue prefix: the relayed job never reaches it.
    const config = testConfig(w.db.url);
    const replica = await createTestApp(ScorerModule.forRoot(config), config);
    const replicaQueue = new Queue(QUEUES.rank, { connection: bullConnection(TEST_REDIS_URL), prefix: config.QUEUE_PREFIX });
    try {
      const index = replica.get(ScorerIndex);
      await index.ready();
      // Its job schedulers run once at start (a demand recompute among them): let those finish, so only
      // the outbox can bring it the import below.
      await waitFor('the replica idle after its first scheduled jobs', async () => {
        const n = await replicaQueue.getJobCounts('waiting', 'active', 'prioritized', 'completed');
        return n.waiting + n.active + n.prioritized === 0 && n.completed >= 3;
      });
      // Many openings elsewhere do not move C's own vacancy signal (one opening: small).
      await create(w, 'opportunity', job({ title: 'Relleno 2', occupation: { iscoCode: '9112' }, capacity: 100, location: { regionCode: 'EC-G', lat: -2.19, lon: -79.88 } }));
      const c = await create(w, 'opportunity', job({ title: 'C', occupation: { iscoCode: '8322' }, capacity: 1 }));
      const demandOfC = () => {
        const slot = index.opportunities.slotOf(c);
        return slot < 0 ? null : index.opportunities.demand[slot];
      };
      await waitFor('the replica indexed C', async () => demandOfC() !== null);
      expect(demandOfC()).toBeLessThan(0.5);
      expect((await post([{ isco: '8322', region: 'EC-P', value: 0.85, source: 'MDT', date: '2025-05-03' }])).status).toBe(200);
      await waitFor('the replica recomputed demand', async () => Math.abs((demandOfC() ?? 0) - combineDemand(vacancySignal(1), 0.85)) < 1e-3);
    } finally {
      await replicaQueue.close();
      await replica.close();
    }
  });
});
