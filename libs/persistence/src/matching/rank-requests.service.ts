import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type { RankJob } from '@app/contracts';
import { bullConnection, QUEUES, withRequestId } from '@app/messaging';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { Queue, QueueEvents } from 'bullmq';

/** `unavailable`: the queue could not be reached within the wait (Redis down): answer from what is stored. */
export type RankOutcome<T> = { state: 'completed'; jobId: string; result: T } | { state: 'pending'; jobId: string } | { state: 'unavailable' };

/** Extra time over the wait for reaching Redis at all; past it the request is answered without the queue. */
const REACH_MARGIN_MS = 500;

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

  /**
   * Adds (or finds, with a deterministic jobId) the job and waits up to `waitMs` for its result. Bounded
   * even while Redis is unreachable (ioredis would queue the commands until it is back): past the wait
   * the outcome is `unavailable` and the request answers from what is stored; the add goes through when
   * Redis returns (same job id, so no duplicate).
   */
  async run<T>(job: RankJob, jobId: string | undefined, waitMs: number): Promise<RankOutcome<T>> {
    return bounded(this.addAndWait<T>(job, jobId, waitMs), waitMs + REACH_MARGIN_MS, { state: 'unavailable' });
  }

  private async addAndWait<T>(job: RankJob, jobId: string | undefined, waitMs: number): Promise<RankOutcome<T>> {
    let added;
    let qe;
    try {
      qe = await this.queueEvents();
      added = await this.queue.add(job.type, withRequestId(job), jobId ? { jobId } : {});
    } catch {
      this.events = null; // a failed connection is not kept: the next request tries again
      return { state: 'unavailable' };
    }
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
  async resultOf<T>(jobId: string): Promise<{ state: 'completed'; result: T } | { state: 'pending' } | { state: 'missing' } | { state: 'unavailable' }> {
    return bounded(this.readResult<T>(jobId), REACH_MARGIN_MS * 4, { state: 'unavailable' });
  }

  private async readResult<T>(jobId: string): Promise<{ state: 'completed'; result: T } | { state: 'pending' } | { state: 'missing' }> {
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

/** `work`, or `fallback` when it has not settled within `ms` (it goes on in the background). */
async function bounded<T, F>(work: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
