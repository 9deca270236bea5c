import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RankJobSchema, type RankedCandidatesResult, type RankedPageResult, type RankedReplacementsResult } from '@app/contracts';
import { GracefulWorkerHost, jobPayload, requestIdOfJob, QUEUES, type OutboxPruneOutcome } from '@app/messaging';
import { MatchRequestStore } from '@app/persistence';
import { Job, UnrecoverableError } from 'bullmq';
import { OutboxReader } from '../index/outbox-reader.service';
import { ScorerMetrics } from '../metrics/scorer-metrics';
import { DemandRefresh, type DemandRefreshOutcome } from '../demand/demand-refresh.service';
import { MatchingWork, type ProfileOutcome } from '../ranking/matching-work.service';
import { ReplacementsService } from '../ranking/replacements.service';
import { WhatIfService, type WhatIfOutcome } from '../what-if/what-if.service';
import { workerSettings } from '../worker-settings';

/**
 * The `rank` queue: one person per job (requests from the HTTP services without priority, so ahead of
 * the background re-ranks a vacancy change fans out), and the employer-side candidate ranking whose
 * result is the job's return value. At start it queues a catch-up for results that are missing or stale.
 */
@Processor(QUEUES.rank, workerSettings())
export class RankProcessor extends GracefulWorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('RankProcessor');

  constructor(
    private readonly metrics: ScorerMetrics,
    private readonly work: MatchingWork,
    private readonly replacements: ReplacementsService,
    private readonly whatIf: WhatIfService,
    private readonly demand: DemandRefresh,
    private readonly matchRequests: MatchRequestStore,
    private readonly outboxReader: OutboxReader,
  ) {
    super();
  }

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    void this.work.catchUp().catch((err: unknown) => this.logger.warn({ err: err instanceof Error ? err.message : String(err), msg: 'catch-up failed' }));
  }

  protected async handle(
    job: Job,
  ): Promise<{ outcome: ProfileOutcome | WhatIfOutcome } | RankedPageResult | RankedCandidatesResult | RankedReplacementsResult | DemandRefreshOutcome | { purged: number } | OutboxPruneOutcome> {
    const parsed = RankJobSchema.safeParse(jobPayload(job));
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    }
    const data = parsed.data;
    this.metrics.jobProcessed(data.type);
    switch (data.type) {
      case 'rank.profile':
        return { outcome: await this.work.refreshAndRankProfile(data.profileId, data.cause, data.depth, data.profileVersion) };
      case 'rank.page':
        return this.work.page(data.profileId, data);
      case 'rank.candidates':
        return this.work.candidates(data.opportunityId, data.limit);
      case 'rank.replacements':
        return this.replacements.rank(data.opportunityId, data.limit);
      case 'rank.what_if':
        return { outcome: await this.whatIf.run(data.matchRequestId) };
      case 'demand.recompute':
        return this.demand.recompute();
      case 'match_requests.purge':
        return { purged: await this.matchRequests.purgeExpired() };
      case 'outbox.prune':
        return this.outboxReader.prune();
    }
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.metrics.jobFailed();
    // The worker event runs outside the job's log context: the request id is named here. `jobName`,
    // not `name`: the log redaction censors every `name` field (a person's).
    this.logger.warn({ jobId: job?.id, jobName: job?.name, attemptsMade: job?.attemptsMade, requestId: requestIdOfJob(job), err: err.message, msg: 'job failed' });
    // A what-if that failed for good says so in its row (the client polls the row, not the job).
    const data = RankJobSchema.safeParse(jobPayload(job));
    if (job && data.success && data.data.type === 'rank.what_if' && (err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1))) {
      void this.matchRequests.markFailed(data.data.matchRequestId, err.message).catch(() => undefined);
    }
  }
}
