import { Controller, Get, Header } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Public } from '@app/platform';
import { DataSource } from 'typeorm';
import { ScorerMetrics } from './scorer-metrics';

@ApiTags('metrics')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: ScorerMetrics,
    @InjectDataSource() private readonly ds: DataSource,
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
      '# TYPE outbox_unsent gauge',
      `outbox_unsent ${unsent}`,
    ];
    return lines.join('\n') + '\n';
  }
}
