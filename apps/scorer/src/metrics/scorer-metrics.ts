import { Injectable } from '@nestjs/common';

/** Counters the scorer exposes at /metrics (Prometheus text format). No personal data, ids or labels of people. */
@Injectable()
export class ScorerMetrics {
  private readonly processed = new Map<string, number>();
  private failed = 0;
  private ranks = 0;
  private rankMsTotal = 0;
  private ranksSkipped = 0;

  jobProcessed(type: string): void {
    this.processed.set(type, (this.processed.get(type) ?? 0) + 1);
  }

  jobFailed(): void {
    this.failed++;
  }

  /** One person ranked against the index (CPU time of the engine call, ms). */
  rankDuration(ms: number): void {
    this.ranks++;
    this.rankMsTotal += ms;
  }

  /** A rank job answered by results already stored at the person's version (coalesced, nothing computed). */
  rankSkipped(): void {
    this.ranksSkipped++;
  }

  snapshot(): { processed: Record<string, number>; failed: number; ranks: number; rankMsTotal: number; ranksSkipped: number } {
    return { processed: Object.fromEntries(this.processed), failed: this.failed, ranks: this.ranks, rankMsTotal: this.rankMsTotal, ranksSkipped: this.ranksSkipped };
  }
}
