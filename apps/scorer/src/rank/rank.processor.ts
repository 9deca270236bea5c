import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { RankJobSchema, type RankedCandidatesResult } from '@app/contracts';
import { GracefulWorkerHost, QUEUES } from '@app/messaging';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { Job, UnrecoverableError } from 'bullmq';
import { ScorerMetrics } from '../metrics/scorer-metrics';
import { MatchingWork, type ProfileOutcome } from '../ranking/matching-work.service';
import { workerSettings } from '../worker-settings';

/**
 * The `rank` queue: one person per job (requests from the HTTP services without priority, so ahead of
 * the background re-ranks a vacancy change fans out), and the employer-side candidate ranking whose
 * result is the job's return value. At start it queues a catch-up for results that are missing or stale.
 */
@Processor(QUEUES.rank, workerSettings())
export class RankProcessor extends GracefulWorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger('RankProcessor');

  // APP_CONFIG first: Nest's @Inject metadata is inherited from GracefulWorkerHost, whose parameter 0 it is.
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly metrics: ScorerMetrics,
    private readonly work: MatchingWork,
  ) {
    super(config);
  }

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    void this.work.catchUp().catch((err: unknown) => this.logger.warn({ err: err instanceof Error ? err.message : String(err), msg: 'catch-up failed' }));
  }

  protected async handle(job: Job): Promise<{ outcome: ProfileOutcome } | RankedCandidatesResult> {
    const parsed = RankJobSchema.safeParse(job.data);
    if (!parsed.success) {
      throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    }
    const data = parsed.data;
    this.metrics.jobProcessed(data.type);
    if (data.type === 'rank.profile') return { outcome: await this.work.refreshAndRankProfile(data.profileId) };
    return this.work.candidates(data.opportunityId, data.limit);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, err: Error): void {
    this.metrics.jobFailed();
    this.logger.warn({ jobId: job?.id, name: job?.name, attemptsMade: job?.attemptsMade, err: err.message, msg: 'job failed' });
  }
}
