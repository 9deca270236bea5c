import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { DemandRecomputeJob } from '@app/contracts';
import { QUEUES } from '@app/messaging';
import type { Queue } from 'bullmq';
import { scheduleSettings } from '../schedule-settings';

export const DEMAND_RECOMPUTE_SCHEDULER = 'demand-recompute';
export const MATCH_REQUESTS_PURGE_SCHEDULER = 'match-requests-purge';
export const OUTBOX_PRUNE_SCHEDULER = 'outbox-prune';

/**
 * Registers the scorer's scheduled jobs on the `rank` queue with BullMQ's job schedulers (BullMQ 6 has
 * no repeatable jobs). `upsertJobScheduler` is idempotent by scheduler id: every scorer process
 * registers the same three at start, Redis keeps one of each, and one process runs each occurrence.
 */
@Injectable()
export class DemandScheduler implements OnApplicationBootstrap {
  private readonly log = new Logger('DemandScheduler');

  constructor(@InjectQueue(QUEUES.rank) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    const s = scheduleSettings();
    const recompute: DemandRecomputeJob = { type: 'demand.recompute', cause: 'schedule' };
    await this.queue.upsertJobScheduler(DEMAND_RECOMPUTE_SCHEDULER, { every: s.DEMAND_RECOMPUTE_EVERY_MS }, { name: recompute.type, data: recompute });
    await this.queue.upsertJobScheduler(MATCH_REQUESTS_PURGE_SCHEDULER, { every: s.MATCH_REQUESTS_PURGE_EVERY_MS }, { name: 'match_requests.purge', data: { type: 'match_requests.purge' } });
    await this.queue.upsertJobScheduler(OUTBOX_PRUNE_SCHEDULER, { every: s.OUTBOX_PRUNE_EVERY_MS }, { name: 'outbox.prune', data: { type: 'outbox.prune' } });
    this.log.log(`demand recompute every ${s.DEMAND_RECOMPUTE_EVERY_MS} ms, what-if purge every ${s.MATCH_REQUESTS_PURGE_EVERY_MS} ms, outbox pruning every ${s.OUTBOX_PRUNE_EVERY_MS} ms`);
  }
}
