import { OnWorkerEvent, Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { FairsJobSchema, type FairsJob, type ShortlistChunkResult } from '@app/contracts';
import { GracefulWorkerHost, jobPayload, requestIdOfJob, QUEUES } from '@app/messaging';
import { CohortStore, ShortlistStore } from '@app/persistence';
import { Job, UnrecoverableError } from 'bullmq';
import { ScorerMetrics } from '../metrics/scorer-metrics';
import { workerSettings } from '../worker-settings';
import { CohortFill } from './cohort-fill.service';
import { FairScoring } from './fair-scoring.service';
import { ShortlistAllocation } from './shortlist-allocation.service';

/**
 * The `fairs` queue: shortlist flows (`shortlist.score` children, one chunk of attendees each, under a
 * `shortlist.allocate` parent that BullMQ runs once every child completed) and cohort fills. Every step
 * writes by upsert/replace, so a retried or duplicated job is harmless; a job that fails for good marks
 * its shortlist or cohort failed (a child's final failure also fails its parent: failParentOnFailure).
 */
@Processor(QUEUES.fairs, workerSettings())
export class FairsProcessor extends GracefulWorkerHost {
  private readonly logger = new Logger('FairsProcessor');

  constructor(
    private readonly metrics: ScorerMetrics,
    private readonly scoring: FairScoring,
    private readonly allocation: ShortlistAllocation,
    private readonly cohorts: CohortFill,
    private readonly shortlists: ShortlistStore,
    private readonly cohortStore: CohortStore,
  ) {
    super();
  }

  protected async handle(job: Job): Promise<unknown> {
    const parsed = FairsJobSchema.safeParse(jobPayload(job));
    if (!parsed.success) throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`);
    const data = parsed.data;
    this.metrics.jobProcessed(data.type);
    switch (data.type) {
      case 'shortlist.score':
        return this.scoreChunk(job, data);
      case 'shortlist.allocate':
        return this.allocate(job, data);
      case 'cohort.allocate':
        return { cohortId: data.cohortId, placed: (await this.cohorts.run(data.cohortId))?.placed ?? null };
    }
  }

  private async scoreChunk(job: Job, data: Extract<FairsJob, { type: 'shortlist.score' }>): Promise<ShortlistChunkResult> {
    const work = await this.shortlists.load(data.shortlistId);
    if (!work) throw new UnrecoverableError(`shortlist ${data.shortlistId} does not exist`);
    await this.shortlists.markScoring(work.id);
    const people = work.attendeeIds.slice(data.chunk * work.chunkSize, (data.chunk + 1) * work.chunkSize);
    await this.scoring.refresh(people, work.opportunityIds);
    const { edges, notIndexed, unreachable } = this.scoring.score(people, work.opportunityIds, work.minScore, Math.max(25, 3 * work.perAttendeeCap));
    const { percent } = await this.shortlists.saveChunk(work.id, data.chunk, edges, { attendees: people.length, notIndexed }, unreachable);
    await job.updateProgress(percent);
    return { chunk: data.chunk, attendees: people.length, notIndexed, edges: edges.length };
  }

  private async allocate(job: Job, data: Extract<FairsJob, { type: 'shortlist.allocate' }>): Promise<{ shortlistId: string; interviews: number }> {
    const work = await this.shortlists.load(data.shortlistId);
    if (!work) throw new UnrecoverableError(`shortlist ${data.shortlistId} does not exist`);
    // The children's return values (counts); the edges themselves come from the table they upserted.
    const children = Object.values(await job.getChildrenValues<ShortlistChunkResult>());
    const notScorable = children.length === work.chunksTotal ? children.reduce((n, c) => n + c.notIndexed, 0) : (await this.shortlists.chunkCounts(work.id)).notIndexed;
    await job.updateProgress(85);
    const report = await this.allocation.run(work, notScorable);
    await job.updateProgress(100);
    return { shortlistId: work.id, interviews: report.interviews };
  }

  @OnWorkerEvent('failed')
  async onFailed(job: Job | undefined, err: Error): Promise<void> {
    this.metrics.jobFailed();
    // The worker event runs outside the job's log context: the request id is named here. `jobName`,
    // not `name`: the log redaction censors every `name` field (a person's).
    this.logger.warn({ jobId: job?.id, jobName: job?.name, attemptsMade: job?.attemptsMade, requestId: requestIdOfJob(job), err: err.message, msg: 'job failed' });
    if (!job) return;
    const final = err instanceof UnrecoverableError || job.attemptsMade >= (job.opts.attempts ?? 1);
    if (!final) return;
    const parsed = FairsJobSchema.safeParse(jobPayload(job));
    if (!parsed.success) return;
    const d = parsed.data;
    const message = `${d.type} failed: ${err.message}`;
    if (d.type === 'cohort.allocate') await this.cohortStore.markFailed(d.cohortId, message);
    else await this.shortlists.markFailed(d.shortlistId, message);
  }
}
