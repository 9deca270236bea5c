import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { RankJob } from '@app/contracts';
import { bullConnection, QUEUES } from '@app/messaging';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { Queue, QueueEvents } from 'bullmq';

export type RankOutcome<T> = { state: 'completed'; jobId: string; result: T } | { state: 'pending'; jobId: string };

/** Jobs added without a priority run before prioritised ones in BullMQ: HTTP requests go first, fan-out waits. */
export const BACKGROUND_PRIORITY = 10;

/**
 * The HTTP side of the `rank` queue: add a job (no priority = ahead of background re-ranks) and wait a
 * bounded time for it through QueueEvents; past the bound the caller answers 202 with a link to poll.
 * Lives next to the results it freshens; it touches Redis only.
 */
@Injectable()
export class RankRequests implements OnModuleDestroy {
  private events: Promise<QueueEvents> | null = null;

  constructor(
    @InjectQueue(QUEUES.rank) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private queueEvents(): Promise<QueueEvents> {
    this.events ??= (async () => {
      const qe = new QueueEvents(QUEUES.rank, { connection: bullConnection(this.config.REDIS_URL), prefix: this.config.QUEUE_PREFIX });
      qe.on('error', () => undefined);
      await qe.waitUntilReady();
      return qe;
    })();
    return this.events;
  }

  /** Adds (or finds, with a deterministic jobId) the job and waits up to `waitMs` for its result. */
  async run<T>(job: RankJob, jobId: string | undefined, waitMs: number): Promise<RankOutcome<T>> {
    const qe = await this.queueEvents();
    const added = await this.queue.add(job.type, job, jobId ? { jobId } : {});
    const id = String(added.id);
    try {
      const result = (await added.waitUntilFinished(qe, waitMs)) as T;
      return { state: 'completed', jobId: id, result };
    } catch (err) {
      if (err instanceof Error && /timed out/i.test(err.message)) return { state: 'pending', jobId: id };
      throw err;
    }
  }

  /** The result of an earlier job, or null while it is still waiting or running (or unknown). */
  async resultOf<T>(jobId: string): Promise<{ state: 'completed'; result: T } | { state: 'pending' } | { state: 'missing' }> {
    const job = await this.queue.getJob(jobId);
    if (!job) return { state: 'missing' };
    const state = await job.getState();
    if (state === 'completed') return { state: 'completed', result: job.returnvalue as T };
    if (state === 'failed') return { state: 'missing' };
    return { state: 'pending' };
  }

  async onModuleDestroy(): Promise<void> {
    const qe = await this.events?.catch(() => null);
    await qe?.close();
  }
}
