import { forgetOutboxReader, pruneOutbox, recordOutboxReader } from '@app/messaging';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/** Outbox pruning against real PostgreSQL: only sent rows, past the retention, that every live reader has applied. */
describe('outbox pruning', () => {
  let db: TestDatabase;
  const opts = { retentionHours: 24, readerTimeoutMinutes: 10, batchSize: 3 };

  /** Rows 1..n: sent `ageHours` ago, or unsent where `unsent` says so. */
  async function rows(n: number, ageHours: number, unsent: (id: number) => boolean = () => false): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < n; i++) {
      const [{ id }] = await db.dataSource.query(
        `INSERT INTO outbox (queue, type, payload, created_at, sent_at) VALUES ('events', 'organisation.changed', '{}', now() - make_interval(hours => $1), NULL) RETURNING id`,
        [ageHours],
      );
      ids.push(Number(id));
    }
    for (const id of ids) if (!unsent(id)) await db.dataSource.query(`UPDATE outbox SET sent_at = created_at WHERE id = $1`, [id]);
    return ids;
  }
  const remaining = async (): Promise<number[]> => (await db.dataSource.query(`SELECT id FROM outbox ORDER BY id`)).map((r: { id: string }) => Number(r.id));

  beforeAll(async () => {
    db = await createTestDatabase('outboxprune');
  });
  afterAll(() => db.drop());
  beforeEach(async () => {
    await db.dataSource.query(`DELETE FROM outbox`);
    await db.dataSource.query(`DELETE FROM outbox_readers`);
  });

  it('deletes nothing while no reader vouches for what it applied', async () => {
    await rows(5, 48);
    expect(await pruneOutbox(db.dataSource, opts)).toEqual({ deleted: 0, throughId: null });
    expect(await remaining()).toHaveLength(5);
  });

  it('deletes sent rows past the retention up to the slowest live reader, in batches; keeps unsent and recent ones', async () => {
    const old = await rows(8, 48, (id) => id % 4 === 0); // some never sent
    const recent = await rows(2, 1);
    await recordOutboxReader(db.dataSource, 'fast', recent[1]);
    await recordOutboxReader(db.dataSource, 'slow', old[5]);
    const outcome = await pruneOutbox(db.dataSource, opts);
    expect(outcome.throughId).toBe(old[5]);
    const kept = await remaining();
    const unsentOld = old.filter((id) => id % 4 === 0);
    // Gone: sent, old and at or below the slow reader's position (batches of 3 until one comes back short).
    expect(kept).toEqual([...new Set([...unsentOld, ...old.filter((id) => id > old[5]), ...recent])].sort((a, b) => a - b));
    expect(outcome.deleted).toBe(old.filter((id) => id <= old[5] && id % 4 !== 0).length);
  });

  it('a reader silent past the timeout no longer holds rows back; one that stopped cleanly is forgotten at once', async () => {
    const old = await rows(4, 48);
    await recordOutboxReader(db.dataSource, 'live', old[3]);
    await recordOutboxReader(db.dataSource, 'dead', old[0]);
    await db.dataSource.query(`UPDATE outbox_readers SET seen_at = now() - interval '11 minutes' WHERE reader = 'dead'`);
    expect((await pruneOutbox(db.dataSource, opts)).throughId).toBe(old[3]);
    expect(await remaining()).toEqual([]);

    const more = await rows(2, 48);
    await recordOutboxReader(db.dataSource, 'live', more[1]);
    await recordOutboxReader(db.dataSource, 'stopping', more[0] - 1);
    expect((await pruneOutbox(db.dataSource, opts)).deleted).toBe(0); // it has not applied them
    await forgetOutboxReader(db.dataSource, 'stopping');
    expect((await pruneOutbox(db.dataSource, opts)).deleted).toBe(2);
  });

  it('a reader position only moves forward (a late heartbeat cannot take it back)', async () => {
    await recordOutboxReader(db.dataSource, 'r', 10);
    await recordOutboxReader(db.dataSource, 'r', 7);
    expect(await db.dataSource.query(`SELECT applied_through::int AS at FROM outbox_readers WHERE reader = 'r'`)).toEqual([{ at: 10 }]);
  });
});
