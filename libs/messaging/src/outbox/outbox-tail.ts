import type { DataSource } from 'typeorm';
import type { RelayLogger } from './outbox-relay';
import { backoffMs, pauseUnlessWoken } from './poll-pause';

/** One outbox row as a tail reader sees it (the payload is the domain event: ids and versions only). */
export interface OutboxEntry {
  id: number;
  type: string;
  payload: Record<string, unknown>;
}

export interface OutboxTailOptions {
  /** Rows read per pass. */
  batchSize: number;
  /** Pause between passes when there is nothing new (a waiter wakes the loop at once). */
  pollMs: number;
  /** How long `syncTo` waits before giving up (the caller's job is retried). */
  syncTimeoutMs?: number;
  logger?: RelayLogger;
}

/**
 * Ids below the cursor that were not visible when the cursor passed them, and an xid assigned right after
 * that read: every transaction that could still commit one of these ids has a smaller xid.
 */
interface Gap {
  from: number;
  to: number;
  bound: bigint;
}

interface Waiter {
  target: number;
  resolve: () => void;
  reject: (err: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * Follows the outbox table, the ordered durable log of every change, so each process that keeps derived
 * in-memory state (the scorer's index) applies every change itself, whichever process consumed the job.
 *
 * Outbox ids come from a sequence, so they are allocated in one order and committed in another: id 7 can
 * become visible after id 8. The tail therefore remembers the ids it skipped ("gaps") with a bound: an
 * xid it takes itself right after the read. Every transaction that could still commit such an id had its
 * xid assigned before the id was drawn (`writeOutbox` makes sure of it), so below the bound; once a later
 * snapshot's xmin passes the bound, all of them have finished, and an id still missing was rolled back
 * and never comes. (A snapshot's own xmax is no such bound: it is the latest COMPLETED xid + 1, and a
 * running transaction may hold a larger xid.) Taking an xid costs one per pass that finds a new gap.
 * `appliedThrough` is the highest id N such that every change with an id <= N has been applied:
 * comparable between processes, so results can be stamped with it.
 */
export class OutboxTail {
  private cursor = 0;
  private gaps: Gap[] = [];
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private waiters: Waiter[] = [];
  private failures = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly apply: (entries: OutboxEntry[]) => Promise<void>,
    private readonly opts: OutboxTailOptions,
  ) {}

  /**
   * Where a process that is about to load a snapshot of the data starts tailing: the highest outbox id now,
   * once every transaction running now has finished (one of them may still commit a lower id). Read it
   * BEFORE the snapshot: every change up to it is then in the snapshot, and every later one is tailed
   * (re-applying a change the snapshot already holds is harmless: updates are idempotent).
   */
  static async startPoint(ds: DataSource, opts: { pollMs?: number; timeoutMs?: number } = {}): Promise<number> {
    // One statement: the xid is taken after the statement's snapshot, so it bounds every transaction
    // that drew an id below the max it saw (a statement of its own, committed at once).
    const [s]: Array<{ id: string; bound: string }> = await ds.query(`SELECT coalesce((SELECT max(id) FROM outbox), 0)::text AS id, pg_current_xact_id()::text AS bound`);
    const bound = BigInt(s.bound);
    const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
    for (;;) {
      const [{ xmin }]: Array<{ xmin: string }> = await ds.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`);
      if (BigInt(xmin) > bound) return Number(s.id);
      if (Date.now() > deadline) throw new Error('a transaction that started before the index load is still running');
      await new Promise((r) => setTimeout(r, opts.pollMs ?? 20));
    }
  }

  /** Every change with an id <= this has been applied. */
  get appliedThrough(): number {
    return this.gaps.length > 0 ? Math.min(this.cursor, this.gaps[0].from - 1) : this.cursor;
  }

  /** Skipped ids still waiting for their transaction (diagnostics). */
  get pendingGaps(): number {
    return this.gaps.length;
  }

  /** Starts following after `fromId` (see startPoint). */
  start(fromId: number): void {
    if (this.running) return;
    this.cursor = fromId;
    this.gaps = [];
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    this.loop = null;
    for (const w of this.waiters.splice(0)) {
      clearTimeout(w.timer);
      w.reject(new Error('outbox tail stopped'));
    }
  }

  /** Resolves once every change up to `outboxId` is applied (a pass starts at once if needed). */
  syncTo(outboxId: number): Promise<void> {
    if (this.appliedThrough >= outboxId) return Promise.resolve();
    if (!this.running) return Promise.reject(new Error('outbox tail is not running'));
    return new Promise<void>((resolve, reject) => {
      const timeoutMs = this.opts.syncTimeoutMs ?? 30_000;
      const waiter: Waiter = {
        target: outboxId,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters = this.waiters.filter((w) => w !== waiter);
          reject(new Error(`changes up to outbox id ${outboxId} not applied within ${timeoutMs} ms (applied through ${this.appliedThrough})`));
        }, timeoutMs),
      };
      this.waiters.push(waiter);
      this.wake?.();
    });
  }

  /** Resolves once every change committed before the call is applied. */
  async syncToLatest(): Promise<void> {
    const [{ id }]: Array<{ id: string }> = await this.ds.query(`SELECT coalesce(max(id), 0)::text AS id FROM outbox`);
    await this.syncTo(Number(id));
  }

  /** One pass: re-check the gaps, read what is new, apply it, move the cursor. Returns the rows read. */
  async passOnce(): Promise<number> {
    const gaps = this.gaps;
    const read = await this.ds.transaction('REPEATABLE READ', async (m) => {
      // One snapshot for the reads: what was invisible and what is new are judged at the same instant.
      const [s]: Array<{ xmin: string }> = await m.query(`SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS xmin`);
      const late: RawRow[] =
        gaps.length === 0
          ? []
          : await m.query(`SELECT o.id::text AS id, o.type, o.payload FROM unnest($1::bigint[], $2::bigint[]) AS g(a, b) JOIN outbox o ON o.id BETWEEN g.a AND g.b`, [
              gaps.map((g) => g.from),
              gaps.map((g) => g.to),
            ]);
      const fresh: OutboxEntry[] = ((await m.query(`SELECT id::text AS id, type, payload FROM outbox WHERE id > $1 ORDER BY id LIMIT $2`, [this.cursor, this.opts.batchSize])) as RawRow[]).map(toEntry);
      // A hole among the new ids: bound the transactions that may still fill it (see the class comment).
      const holes = fresh.some((e, i) => e.id !== (i === 0 ? this.cursor : fresh[i - 1].id) + 1);
      const bound = holes ? BigInt((await m.query(`SELECT pg_current_xact_id()::text AS x`))[0].x) : 0n;
      return { xmin: BigInt(s.xmin), bound, late: late.map(toEntry), fresh };
    });
    const entries = [...read.late, ...read.fresh].sort((a, b) => a.id - b.id);
    if (entries.length > 0) await this.apply(entries);
    // Only after a successful apply: a failed apply reads the same rows again on the next pass.
    this.gaps = closeGaps(gaps, read.late, read.xmin);
    let prev = this.cursor;
    for (const e of read.fresh) {
      if (e.id > prev + 1) this.gaps.push({ from: prev + 1, to: e.id - 1, bound: read.bound });
      prev = e.id;
    }
    this.cursor = prev;
    this.settleWaiters();
    return entries.length;
  }

  private settleWaiters(): void {
    const through = this.appliedThrough;
    const [done, open] = partition(this.waiters, (w) => w.target <= through);
    this.waiters = open;
    for (const w of done) {
      clearTimeout(w.timer);
      w.resolve();
    }
  }

  private async run(): Promise<void> {
    while (this.running) {
      let read = 0;
      try {
        read = await this.passOnce();
        this.failures = 0;
      } catch (err) {
        this.failures++;
        this.opts.logger?.warn({ err: err instanceof Error ? err.message : String(err), failures: this.failures }, 'outbox tail could not apply; retrying');
      }
      if (!this.running) break;
      if (read >= this.opts.batchSize) continue;
      // Waiters for ids we have read but not yet closed gaps below: poll again soon, not at leisure.
      const base = this.waiters.length > 0 ? Math.min(this.opts.pollMs, 20) : this.opts.pollMs;
      await pauseUnlessWoken(backoffMs(base, this.failures), (wake) => (this.wake = wake));
      this.wake = null;
    }
  }
}

interface RawRow {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

function toEntry(r: RawRow): OutboxEntry {
  return { id: Number(r.id), type: r.type, payload: r.payload };
}

/** Removes the ids found late from the gaps, and drops gaps whose transactions have all finished. */
function closeGaps(gaps: readonly Gap[], found: readonly { id: number }[], xmin: bigint): Gap[] {
  const ids = found.map((f) => f.id).sort((a, b) => a - b);
  const out: Gap[] = [];
  for (const g of gaps) {
    if (xmin > g.bound) continue; // every transaction that could fill it has finished
    let from = g.from;
    for (const id of ids) {
      if (id < from || id > g.to) continue;
      if (id > from) out.push({ from, to: id - 1, bound: g.bound });
      from = id + 1;
    }
    if (from <= g.to) out.push({ from, to: g.to, bound: g.bound });
  }
  return out.sort((a, b) => a.from - b.from);
}

function partition<T>(xs: T[], pred: (x: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const x of xs) (pred(x) ? yes : no).push(x);
  return [yes, no];
}
