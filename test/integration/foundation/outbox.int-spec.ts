import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bullConnection, failFastRedisOptions, OutboxRelay, QUEUES, writeOutbox } from '@app/messaging';
import { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../support/database';
import { DisposableRedis, uniqueQueuePrefix } from '../../support/redis';

/** The transactional outbox and its relay against a real PostgreSQL and a Redis the test can stop. */
describe('outbox relay', () => {
  let db: TestDatabase;
  let redis: DisposableRedis;
  const queues: Queue[] = [];

  const newQueue = (prefix: string) => {
    const q = new Queue(QUEUES.events, { connection: bullConnection(redis.url, failFastRedisOptions(redis.url)), prefix });
    q.on('error', () => undefined);
    queues.push(q);
    return q;
  };
  const relayFor = (q: Queue, batchSize = 50) => new OutboxRelay(db.dataSource, new Map([[QUEUES.events, q]]), { batchSize, pollMs: 20, sendTimeoutMs: 1000 });
  const writeEvents = (n: number) =>
    db.dataSource.transaction(async (m) => {
      for (let i = 0; i < n; i++) await writeOutbox(m, { type: 'organisation.changed', organisationId: randomUUID() });
    });
  const unsent = async () => (await db.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`))[0].n as number;

  beforeAll(async () => {
    db = await createTestDatabase('outbox');
    redis = await DisposableRedis.start(mkdtempSync(join(tmpdir(), 'outbox-redis-')));
  });

  afterEach(async () => {
    await db.dataSource.query(`DELETE FROM outbox`);
  });

  afterAll(async () => {
    await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
    await redis?.down();
    await db?.drop();
  });

  it('refuses to write outside a transaction', async () => {
    await expect(writeOutbox(db.dataSource.manager, { type: 'organisation.changed', organisationId: randomUUID() })).rejects.toThrow(/inside the transaction/);
  });

  it('writes nothing when the surrounding transaction rolls back', async () => {
    await expect(
      db.dataSource.transaction(async (m) => {
        await writeOutbox(m, { type: 'organisation.changed', organisationId: randomUUID() });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await unsent()).toBe(0);
  });

  it('keeps rows written while Redis is down and delivers them, once each, when it is back', async () => {
    const queue = newQueue(uniqueQueuePrefix('outage'));
    await queue.waitUntilReady();
    const relay = relayFor(queue);
    await redis.down();

    await writeEvents(30);
    await expect(relay.relayOnce()).rejects.toThrow();
    expect(await unsent()).toBe(30);

    // The running loop keeps trying with back-off while Redis is away ...
    relay.start();
    await new Promise((r) => setTimeout(r, 300));
    expect(await unsent()).toBe(30);

    // ... and empties the outbox once Redis answers again.
    await redis.up();
    await waitFor(async () => (await unsent()) === 0, 15000);
    await relay.stop();

    const counts = await queue.getJobCounts('waiting', 'active', 'completed', 'failed', 'delayed');
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(30);
    const jobs = await queue.getJobs(['waiting']);
    const ids = await db.dataSource.query(`SELECT id FROM outbox ORDER BY id`);
    expect(jobs.map((j) => j.id).sort()).toEqual(ids.map((r: { id: string }) => `outbox-${r.id}`).sort());
  });

  it('sends exactly one job per row when two relays run at once', async () => {
    const prefix = uniqueQueuePrefix('pair');
    const a = relayFor(newQueue(prefix), 25);
    const b = relayFor(newQueue(prefix), 25);
    await writeEvents(400);
    const [sentA, sentB] = await Promise.all([a.drain(), b.drain()]);
    expect(sentA + sentB).toBe(400);
    expect(sentA).toBeGreaterThan(0);
    expect(sentB).toBeGreaterThan(0);
    expect(await unsent()).toBe(0);
    const jobs = await queues[queues.length - 1].getJobs(['waiting']);
    expect(new Set(jobs.map((j) => j.id)).size).toBe(400);
    expect(jobs).toHaveLength(400);
  });

  it('does not duplicate a row that is sent again after its commit failed', async () => {
    const queue = newQueue(uniqueQueuePrefix('resend'));
    await writeEvents(5);
    const rows = await db.dataSource.query(`SELECT id, type, payload FROM outbox ORDER BY id`);
    // Simulate "added to Redis, then the UPDATE/commit was lost": add the same jobs by hand first.
    await queue.addBulk(rows.map((r: { id: string; type: string; payload: object }) => ({ name: r.type, data: r.payload, opts: { jobId: `outbox-${r.id}` } })));
    expect(await relayFor(queue).drain()).toBe(5);
    expect(await queue.getJobs(['waiting'])).toHaveLength(5);
  });
});

async function waitFor(cond: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}
