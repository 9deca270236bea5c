import { WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, runWithContext, type AppConfig } from '@app/platform';
import type { Job } from 'bullmq';
import { requestIdOfJob } from './job-request-id';
import { JobMetrics, type JobOutcome } from './metrics/job.metrics';

/**
 * A BullMQ processor base that shuts down in onModuleDestroy (so before TypeORM closes the DataSource),
 * lets in-flight jobs finish for up to SHUTDOWN_GRACE_MS, then closes the worker forcibly. A plain
 * `worker.close()` can wait forever when Redis has just come back from an outage (seen with BullMQ 6);
 * a job cut off by the forced close is picked up again as stalled, and every handler is idempotent.
 * Every attempt is timed (JobMetrics), ends with a debug line, and runs in a log context naming the
 * queue, the job and the request that caused it (the `requestId` in its data, job-request-id.ts): every
 * log line written for the job carries them. Handlers parse `jobPayload(job)`, the data without that id.
 */
export abstract class GracefulWorkerHost extends WorkerHost implements OnApplicationBootstrap, OnModuleDestroy {
  // Property injection, not a constructor parameter: Nest inherits constructor parameter metadata, so an
  // @Inject at index 0 here would force every subclass to take the config as its first argument.
  @Inject(APP_CONFIG) protected readonly config!: AppConfig;
  @Inject(JobMetrics) private readonly jobMetrics!: JobMetrics;

  private inFlight = 0;
  private readonly jobLog = new Logger('Worker');

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
      return await runWithContext({ requestId: requestIdOfJob(job), queue: job.queueName, jobId: job.id }, () => this.attempt(job));
    } finally {
      this.inFlight--;
    }
  }

  private async attempt(job: Job): Promise<unknown> {
    const done = this.jobMetrics.start(job.queueName, job.name);
    let outcome: JobOutcome = 'failed';
    try {
      const result = await this.handle(job);
      outcome = 'completed';
      return result;
    } finally {
      const seconds = done(outcome);
      // `jobName`: every `name` field is censored in logs (redaction.ts: a person's name).
      this.jobLog.debug({ msg: 'job', jobName: job.name, attempt: job.attemptsMade + 1, outcome, ms: Math.round(seconds * 10_000) / 10 });
    }
  }

  async onModuleDestroy(): Promise<void> {
    const deadline = Date.now() + this.config.SHUTDOWN_GRACE_MS;
    void this.worker.pause(true).catch(() => undefined); // take no new jobs
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    await this.worker.close(true);
  }
}
