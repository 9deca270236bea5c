import { Injectable } from '@nestjs/common';

/** Counters the scorer exposes at /metrics (Prometheus text format). No personal data, ids or labels of people. */
@Injectable()
export class ScorerMetrics {
  private readonly processed = new Map<string, number>();
  private failed = 0;

  jobProcessed(type: string): void {
    this.processed.set(type, (this.processed.get(type) ?? 0) + 1);
  }

  jobFailed(): void {
    this.failed++;
  }

  snapshot(): { processed: Record<string, number>; failed: number } {
    return { processed: Object.fromEntries(this.processed), failed: this.failed };
  }
}
