import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { forgetOutboxReader, pruneOutbox, recordOutboxReader, type OutboxPruneOutcome } from '@app/messaging';
import { DataSource } from 'typeorm';
import { scheduleSettings } from '../schedule-settings';
import { ScorerIndex } from './scorer-index.service';

/** How often this process records how far it has applied the outbox (well inside the reader timeout). */
export const READER_HEARTBEAT_MS = 10_000;

/**
 * This scorer as an outbox reader: records its applied position (so pruning never deletes a row it has
 * not applied) and runs the scheduled `outbox.prune` (libs/messaging/src/outbox/outbox-pruning.ts).
 */
@Injectable()
export class OutboxReader implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('OutboxReader');
  readonly id = `scorer-${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly index: ScorerIndex,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    void this.index.ready().then(() => this.heartbeat());
    this.timer = setInterval(() => void this.heartbeat(), READER_HEARTBEAT_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await forgetOutboxReader(this.ds, this.id).catch(() => undefined);
  }

  /** Records the applied position now (also what the heartbeat does). */
  async heartbeat(): Promise<void> {
    await recordOutboxReader(this.ds, this.id, this.index.version).catch((err: unknown) => this.log.warn({ err: err instanceof Error ? err.message : String(err), msg: 'outbox reader heartbeat failed' }));
  }

  /** outbox.prune: record this reader first (its own position must count), then delete what every live reader has applied. */
  async prune(): Promise<OutboxPruneOutcome> {
    await this.index.ready();
    await this.heartbeat();
    const s = scheduleSettings();
    const outcome = await pruneOutbox(this.ds, { retentionHours: s.OUTBOX_RETENTION_HOURS, readerTimeoutMinutes: s.OUTBOX_READER_TIMEOUT_MINUTES });
    if (outcome.deleted > 0) this.log.log({ ...outcome, msg: 'outbox pruned' });
    return outcome;
  }
}
