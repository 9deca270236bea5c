import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DomainEventSchema, type DomainEvent } from '@app/contracts';
import { GracefulWorkerHost, jobPayload, requestIdOfJob, outboxIdOfJob, QUEUES } from '@app/messaging';
import { Job, UnrecoverableError } from 'bullmq';
import { ScorerIndex } from '../index/scorer-index.service';
import { DemandRefresh } from '../demand/demand-refresh.service';
import { ScorerMetrics } from '../metrics/scorer-metrics';
import { MatchingWork } from '../ranking/matching-work.service';
import { workerSettings } from '../worker-settings';

/**
 * Consumes domain events relayed from the outbox: the WORK an event causes (re-rank the person, fan out
 * a vacancy), done once by whichever scorer takes the job. The index itself is updated in every process by
 * the outbox tail (ScorerIndex); the job first waits until this process has applied the change it carries
 * (the job id is the outbox id), so nothing is computed on an index older than the event. A payload that
 * does not match the contract will never succeed, so it fails at once (UnrecoverableError).
 */
@Processor(QUEUES.events, workerSettings())
export class EventsProcessor extends GracefulWorkerHost {
  private readonly logger = new Logger('EventsProcessor');

  constructor(
    private readonly metrics: ScorerMetrics,
    private readonly work: MatchingWork,
    private readonly index: ScorerIndex,
    private readonly demand: DemandRefresh,
  ) {
    super();
  }

  protected async handle(job: Job): Promise<{ handled: DomainEvent['type']; outcome?: string | number }> {
    const parsed = DomainEventSchema.safeParse(jobPayload(job));
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    }
    const event = parsed.data;
    const outboxId = outboxIdOfJob(job.id);
    if (outboxId === null) await this.index.syncToLatest();
    else await this.index.syncTo(outboxId);
    const outcome = await this.dispatch(event);
    this.metrics.jobProcessed(event.type);
    return { handled: event.type, outcome };
  }

  private async dispatch(e: DomainEvent): Promise<string | number | undefined> {
    switch (e.type) {
      case 'profile.changed':
      case 'profile.consent_withdrawn':
        return this.work.rankProfile(e.profileId, 'profile');
      case 'profile.erased':
        await this.work.forgetProfile(e.profileId);
        return 'removed';
      case 'opportunity.changed':
        return this.work.refreshOpportunity(e.opportunityId, e.version);
      case 'seat.freed':
      case 'placement.changed':
        return this.work.refreshOpportunity(e.opportunityId);
      case 'organisation.changed':
        return undefined;
      case 'demand.indicators_changed':
        return (await this.demand.recompute()).changed;
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.metrics.jobFailed();
    // The worker event runs outside the job's log context: the request id is named here. `jobName`,
    // not `name`: the log redaction censors every `name` field (a person's).
    this.logger.warn({ jobId: job?.id, jobName: job?.name, attemptsMade: job?.attemptsMade, requestId: requestIdOfJob(job), err: err.message, msg: 'job failed' });
  }
}
