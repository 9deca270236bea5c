import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@app/platform';
import { DataSource } from 'typeorm';
import { ScorerIndex } from '../index/scorer-index.service';
import { ScorerMetrics } from './scorer-metrics';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ScorerMetrics,
    @InjectDataSource() private readonly ds: DataSource,
    private readonly index: ScorerIndex,
  ) {}

  /** Prometheus text format; open like the health probes because it holds counts only. */
  @Get()
  @Public()
  @Header('Content-Type', 'text/plain; version=0.0.4')
  async metricsText(): Promise<string> {
    const [{ unsent }] = await this.ds.query(`SELECT count(*)::int AS unsent FROM outbox WHERE sent_at IS NULL`);
    const snap = this.metrics.snapshot();
    const lines = [
      '# TYPE scorer_jobs_processed_total counter',
      ...Object.entries(snap.processed).map(([type, n]) => `scorer_jobs_processed_total{type="${type}"} ${n}`),
      '# TYPE scorer_jobs_failed_total counter',
      `scorer_jobs_failed_total ${snap.failed}`,
      '# TYPE scorer_ranks_total counter',
      `scorer_ranks_total ${snap.ranks}`,
      '# TYPE scorer_rank_ms_total counter',
      `scorer_rank_ms_total ${snap.rankMsTotal.toFixed(3)}`,
      '# TYPE scorer_ranks_skipped_total counter',
      `scorer_ranks_skipped_total ${snap.ranksSkipped}`,
      '# TYPE outbox_unsent gauge',
      `outbox_unsent ${unsent}`,
      ...indexGauges(this.index),
    ];
    return lines.join('\n') + '\n';
  }
}

/** The index of this process: replicas that applied the same changes report the same values (docs/matching.md). */
function indexGauges(index: ScorerIndex): string[] {
  const s = index.stats();
  return [
    '# TYPE scorer_index_opportunities gauge',
    `scorer_index_opportunities ${s.opportunities}`,
    '# TYPE scorer_index_people gauge',
    `scorer_index_people ${s.people}`,
    '# TYPE scorer_index_applied_outbox_id gauge',
    `scorer_index_applied_outbox_id ${s.appliedOutboxId}`,
    '# TYPE scorer_index_pending_gaps gauge',
    `scorer_index_pending_gaps ${s.pendingGaps}`,
    '# TYPE scorer_index_checksum gauge',
    `scorer_index_checksum ${s.checksum}`,
  ];
}
