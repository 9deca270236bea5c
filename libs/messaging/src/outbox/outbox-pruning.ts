import type { DataSource } from 'typeorm';

/**
 * Outbox rows are the log the scorers tail (outbox-tail.ts), so a sent row may go only once every
 * running reader has applied it. Readers record their progress (`recordOutboxReader`, every few
 * seconds); `pruneOutbox` deletes sent rows older than the retention AND at or below the lowest id
 * every live reader has applied. A reader silent for `readerTimeoutMinutes` counts as gone: a process that
 * (re)starts loads a snapshot and tails from the newest id, so it needs no older row. With no live
 * reader nothing is deleted (nobody vouches for what was applied). Unsent rows are never deleted.
 * At 1,000 profile changes per second the table would otherwise grow by ~86M rows a day.
 */
export interface OutboxPruneOptions {
  /** Sent rows younger than this stay (a margin for inspection and replays). */
  retentionHours: number;
  /** A reader not heard from for this long is not waited for. */
  readerTimeoutMinutes: number;
  /** Rows deleted per statement (short statements, no long lock on the table). */
  batchSize?: number;
  /** Statements per call; the next scheduled run continues. */
  maxBatches?: number;
}

export interface OutboxPruneOutcome {
  deleted: number;
  /** Rows deleted were at or below this id: the lowest id every live reader has applied (null: no live reader). */
  throughId: number | null;
}

export async function recordOutboxReader(ds: DataSource, reader: string, appliedThrough: number): Promise<void> {
  await ds.query(
    `INSERT INTO outbox_readers (reader, applied_through, seen_at) VALUES ($1, $2, now())
     ON CONFLICT (reader) DO UPDATE SET applied_through = greatest(outbox_readers.applied_through, EXCLUDED.applied_through), seen_at = now()`,
    [reader, appliedThrough],
  );
}

/** A reader stopping cleanly says so, so its last position does not hold rows back until it times out. */
export async function forgetOutboxReader(ds: DataSource, reader: string): Promise<void> {
  await ds.query(`DELETE FROM outbox_readers WHERE reader = $1`, [reader]);
}

export async function pruneOutbox(ds: DataSource, o: OutboxPruneOptions): Promise<OutboxPruneOutcome> {
  const [{ below }]: Array<{ below: string | null }> = await ds.query(
    `SELECT min(applied_through) AS below FROM outbox_readers WHERE seen_at > now() - make_interval(mins => $1)`,
    [o.readerTimeoutMinutes],
  );
  // Readers gone for a day are only clutter.
  await ds.query(`DELETE FROM outbox_readers WHERE seen_at < now() - make_interval(mins => $1) - interval '1 day'`, [o.readerTimeoutMinutes]);
  if (below === null) return { deleted: 0, throughId: null };
  const bound = Number(below);
  const batch = o.batchSize ?? 10_000;
  let deleted = 0;
  for (let i = 0; i < (o.maxBatches ?? 50); i++) {
    // Oldest first along the primary key; `<=` applied_through: that row is applied too.
    // Counted in a SELECT: TypeORM's query() returns [rows, count] for a bare DELETE ... RETURNING.
    const [{ n }]: Array<{ n: number }> = await ds.query(
      `WITH gone AS (
         DELETE FROM outbox WHERE id IN (
           SELECT id FROM outbox
            WHERE id <= $1 AND sent_at IS NOT NULL AND created_at < now() - make_interval(hours => $2)
            ORDER BY id LIMIT $3)
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [bound, o.retentionHours, batch],
    );
    deleted += n;
    if (n < batch) break;
  }
  return { deleted, throughId: bound };
}
