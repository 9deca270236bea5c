import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { withRequestId } from '../job-request-id';
import { outboxJobId } from '../queues';
import { backoffMs, pauseUnlessWoken } from './poll-pause';

export interface RelayLogger {
  warn(obj: object, msg: string): void;
}

export interface OutboxRelayOptions {
  batchSize: number;
  pollMs: number;
  /** Longest we wait for Redis before giving the rows back. */
  sendTimeoutMs?: number;
  logger?: RelayLogger;
}

interface OutboxRow {
  id: string;
  queue: string;
  type: string;
  payload: Record<string, unknown>;
  request_id: string | null;
}

/**
 * Moves outbox rows onto BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED inside a transaction, so two
 * relays never send the same row at once; each job's id is derived from the row id, so a row sent twice
 * (the commit after the send failed) is still one job. If Redis is unreachable the transaction rolls
 * back and the rows simply wait for the next attempt: nothing is lost.
 */
export class OutboxRelay {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private failures = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly queues: ReadonlyMap<string, Queue>,
    private readonly opts: OutboxRelayOptions,
  ) {}

  /** Sends one batch; returns how many rows were sent. Throws when Redis or PostgreSQL fails. */
  async relayOnce(): Promise<number> {
    return this.ds.transaction(async (m) => {
      const rows: OutboxRow[] = await m.query(
        `SELECT id, queue, type, payload, request_id FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.opts.batchSize],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, OutboxRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [name, batch] of byQueue) {
        const queue = this.queues.get(name);
        if (!queue) throw new Error(`outbox row for unknown queue ${name}`);
        await withDeadline(
          // The job carries the id of the request that wrote the row (job-request-id.ts).
          queue.addBulk(batch.map((r) => ({ name: r.type, data: withRequestId(r.payload, r.request_id), opts: { jobId: outboxJobId(r.id) } }))),
          this.opts.sendTimeoutMs ?? 5000,
        );
      }
      await m.query(`UPDATE outbox SET sent_at = now(), attempts = attempts + 1 WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }

  /** Sends everything that is waiting now (used by tests and at shutdown). */
  async drain(): Promise<number> {
    let total = 0;
    for (let n = await this.relayOnce(); n > 0; n = await this.relayOnce()) total += n;
    return total;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** Ask for an immediate pass (after a local write) instead of waiting for the next poll. */
  poke(): void {
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sent = 0;
      try {
        sent = await this.relayOnce();
        this.failures = 0;
      } catch (err) {
        this.failures++;
        this.opts.logger?.warn({ err: err instanceof Error ? err.message : String(err), failures: this.failures }, 'outbox relay could not send; rows wait');
      }
      if (!this.running) break;
      if (sent === this.opts.batchSize) continue;
      await pauseUnlessWoken(backoffMs(this.opts.pollMs, this.failures), (wake) => (this.wake = wake));
      this.wake = null;
    }
  }
}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    p,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`queue did not accept the batch within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
