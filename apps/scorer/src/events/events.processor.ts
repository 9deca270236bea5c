import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import { DomainEventSchema, type DomainEvent } from '@app/contracts';
import { GracefulWorkerHost, QUEUES } from '@app/messaging';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { Job, UnrecoverableError } from 'bullmq';
import { ScorerMetrics } from '../metrics/scorer-metrics';

/**
 * Consumes domain events relayed from the outbox. Parses and delegates; a payload that does not match
 * the contract will never succeed, so it fails at once (UnrecoverableError) instead of being retried.
 */
@Processor(QUEUES.events)
export class EventsProcessor extends GracefulWorkerHost {
  private readonly logger = new Logger('EventsProcessor');

  constructor(
    private readonly metrics: ScorerMetrics,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    super(config);
  }

  protected async handle(job: Job): Promise<{ handled: DomainEvent['type'] }> {
    const parsed = DomainEventSchema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    }
    this.metrics.jobProcessed(parsed.data.type);
    return { handled: parsed.data.type };
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.metrics.jobFailed();
    this.logger.warn({ jobId: job?.id, name: job?.name, attemptsMade: job?.attemptsMade, err: err.message, msg: 'job failed' });
  }
}
