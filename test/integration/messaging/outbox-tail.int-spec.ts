import { OutboxTail, writeOutbox, type OutboxEntry } from '@app/messaging';
import type { QueryRunner } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/**
 * The outbox tail against real PostgreSQL: ids are allocated in one order and committed in another, so
 * the tail must neither skip a row that commits late nor wait forever for an id that was rolled back.
 */
describe('OutboxTail', () => {
  let db: TestDatabase;
  const applied: number[] = [];
  let tail: OutboxTail;
  const ORG = '11111111-1111-4111-8111-111111111111';

  const event = () => ({ type: 'organisation.changed' as const, organisationId: ORG });
  async function open(): Promise<{ qr: QueryRunner; id: number }> {
    const qr = db.dataSource.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    const id = Number(await writeOutbox(qr.manager, event()));
    return { qr, id };
  }
  const committed = async () => Number(await db.dataSource.transaction((m) => writeOutbox(m, event())));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    db = await createTestDatabase('outboxtail');
    tail = new OutboxTail(db.dataSource, async (entries: OutboxEntry[]) => void applied.push(...entries.map((e) => e.id)), { batchSize: 2, pollMs: 20, syncTimeoutMs: 5000 });
  });
  afterAll(async () => {
    await tail.stop();
    await db.drop();
  });

  it('starts after every row a transaction running at start could still commit', async () => {
    const early = await committed();
    const inFlight = await open();
    let from: number | null = null;
    const started = OutboxTail.startPoint(db.dataSource, { pollMs: 10 }).then((n) => (from = n));
    await sleep(200);
    expect(from).toBeNull(); // the in-flight transaction may still commit a lower id
    await inFlight.qr.commitTransaction();
    await inFlight.qr.release();
    await started;
    // The highest id visible when it looked: the in-flight row's change is in any snapshot loaded now, and
    // the tail re-reads it anyway (harmless: applying is idempotent).
    expect(inFlight.id).toBeGreaterThan(early);
    expect(from).toBe(early);
    tail.start(from!);
  });

  it('does not move past a row whose transaction is still open, and applies it once it commits', async () => {
    const slow = await open();
    const fast = await committed();
    expect(fast).toBeGreaterThan(slow.id);
    let synced = false;
    const sync = tail.syncTo(fast).then(() => (synced = true));
    await sleep(300);
    expect(applied).toContain(fast);
    expect(applied).not.toContain(slow.id);
    expect(synced).toBe(false);
    expect(tail.appliedThrough).toBe(slow.id - 1);
    await slow.qr.commitTransaction();
    await slow.qr.release();
    await sync;
    expect(applied).toContain(slow.id);
    expect(tail.appliedThrough).toBeGreaterThanOrEqual(fast);
  });

  it('gives up on an id whose transaction rolled back, and pages through bursts larger than a batch', async () => {
    const lost = await open();
    await lost.qr.rollbackTransaction();
    await lost.qr.release();
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) ids.push(await committed());
    await tail.syncTo(ids[ids.length - 1]);
    expect(applied).not.toContain(lost.id);
    expect(applied).toEqual(expect.arrayContaining(ids));
    // Applying is idempotent by contract (at least once); under CI load a row of the burst was seen applied
    // twice once, so only "at least once" is asserted here (noted in docs/matching.md, Replicas).
    for (const id of ids) expect(applied.filter((a) => a === id).length).toBeGreaterThanOrEqual(1);
    expect(tail.pendingGaps).toBe(0);
  });

  it('syncToLatest waits for everything committed before the call', async () => {
    const id = await committed();
    await tail.syncToLatest();
    expect(tail.appliedThrough).toBeGreaterThanOrEqual(id);
  });
});
