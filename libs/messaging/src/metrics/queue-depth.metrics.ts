import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, cachedSample, withinMs, type AppConfig } from '@app/platform';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { Gauge, Registry } from 'prom-client';
import { ALL_QUEUES } from '../queues';
import { createFailFastRedis } from '../redis-connection';

/**
 * The states counted. `prioritized` is waiting too: BullMQ keeps jobs added with a priority (the
 * background re-ranks) apart from `waiting`; `waiting-children` are shortlist parents whose chunks run.
 */
export const QUEUE_STATES = ['waiting', 'prioritized', 'active', 'delayed', 'failed', 'waiting-children'] as const;

/** Longest a scrape waits for Redis before reporting no queue figures at all. */
const REDIS_WAIT_MS = 1000;

/**
 * `queue_jobs{queue,state}`: jobs per queue and state, read from Redis at scrape time (BullMQ
 * getJobCounts, one call per queue, at most once a second). Read over a connection of its own that fails
 * at once while Redis is unreachable: the scrape then reports no `queue_jobs` series (rather than last
 * known figures, or a scrape hanging until Redis is back); /health/ready says Redis is down.
 */
@Injectable()
export class QueueDepthMetrics implements OnModuleDestroy {
  private readonly redis: Redis;
  private readonly queues: Queue[];

  constructor(@Inject(APP_CONFIG) config: AppConfig, registry: Registry) {
    this.redis = createFailFastRedis(config.REDIS_URL);
    // One shared connection for the three queues (only counts are read: no blocking commands).
    this.queues = ALL_QUEUES.map((name) => new Queue(name, { connection: this.redis, prefix: config.QUEUE_PREFIX }));
    for (const q of this.queues) q.on('error', () => undefined);
    const sample = cachedSample(() => withinMs(Promise.all(this.queues.map(async (q) => ({ queue: q.name, counts: await q.getJobCounts(...QUEUE_STATES) }))), REDIS_WAIT_MS, 'Redis'));
    const gauge: Gauge<'queue' | 'state'> = new Gauge({
      name: 'queue_jobs',
      help: 'Jobs per queue and state (waiting and prioritized: not started yet)',
      labelNames: ['queue', 'state'] as const,
      registers: [registry],
      async collect() {
        gauge.reset();
        const all = await sample().catch(() => null);
        for (const { queue, counts } of all ?? []) for (const state of QUEUE_STATES) gauge.set({ queue, state }, counts[state] ?? 0);
      },
    });
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.queues.map((q) => q.close().catch(() => undefined)));
    this.redis.disconnect();
  }
}
