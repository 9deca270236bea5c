import { Injectable } from '@nestjs/common';
import { Counter, Registry } from 'prom-client';

/**
 * The scorer's counters in the app's /metrics (prom-client, the app's registry). No personal data, ids or
 * labels of people. The names predate prom-client and stay: test/e2e/scorer-multi.e2e-spec.ts and the
 * HTTP benchmark (test/bench/http) read them, and `scorer_rank_ms_total` stays in milliseconds.
 */
@Injectable()
export class ScorerMetrics {
  private readonly processed: Counter<'type'>;
  private readonly failed: Counter;
  private readonly ranks: Counter;
  private readonly rankMs: Counter;
  private readonly ranksSkipped: Counter;

  constructor(registry: Registry) {
    const registers = [registry];
    this.processed = new Counter({ name: 'scorer_jobs_processed_total', help: 'Jobs taken up by type (each attempt)', labelNames: ['type'] as const, registers });
    this.failed = new Counter({ name: 'scorer_jobs_failed_total', help: 'Job attempts that failed', registers });
    this.ranks = new Counter({ name: 'scorer_ranks_total', help: 'People ranked against the index', registers });
    this.rankMs = new Counter({ name: 'scorer_rank_ms_total', help: 'Engine time spent ranking people, milliseconds', registers });
    this.ranksSkipped = new Counter({ name: 'scorer_ranks_skipped_total', help: 'Rank jobs answered by results already stored at the person\'s version', registers });
  }

  jobProcessed(type: string): void {
    this.processed.inc({ type });
  }

  jobFailed(): void {
    this.failed.inc();
  }

  /** One person ranked against the index (CPU time of the engine call, ms). */
  rankDuration(ms: number): void {
    this.ranks.inc();
    this.rankMs.inc(ms);
  }

  /** A rank job answered by results already stored at the person's version (coalesced, nothing computed). */
  rankSkipped(): void {
    this.ranksSkipped.inc();
  }
}
