import { WorkerHost } from '@nestjs/bullmq';
import { Inject, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import type { Job } from 'bullmq';

/**
 * A BullMQ processor base that shuts down in onModuleDestroy (so before TypeORM closes the DataSource),
 * lets in-flight jobs finish for up to SHUTDOWN_GRACE_MS, then closes the worker forcibly. A plain
 * `worker.close()` can wait forever when Redis has just come back from an outage (seen with BullMQ 6);
 * a job cut off by the forced close is picked up again as stalled, and every handler is idempotent.
 */
export abstract class GracefulWorkerHost extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  // Property injection, not a constructor parameter: Nest inherits constructor parameter metadata, so an
  // @Inject at index 0 here would force every subclass to take the config as its first argument.
  @Inject(APP_CONFIG) protected readonly config!: AppConfig;

  private inFlight = 0;

  protected abstract handle(job: Job): Promise<unknown>;

  /** The concurrency the decorator cannot know at import time comes from the validated config. */
  protected concurrency(): number {
    return this.config.SCORER_CONCURRENCY;
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.concurrency();
  }

  async process(job: Job): Promise<unknown> {
    this.inFlight++;
    try {
      return await this.handle(job);
    } finally {
      this.inFlight--;
    }
  }

  async onModuleDestroy(): Promise<void> {
    const deadline = Date.now() + this.config.SHUTDOWN_GRACE_MS;
    void this.worker.pause(true).catch(() => undefined); // take no new jobs
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await this.worker.close(true);
  }
}
