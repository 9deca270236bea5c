import { Injectable } from '@nestjs/common';
import { cachedSample } from '@app/platform';
import { Gauge, Registry } from 'prom-client';
import { ScorerIndex } from '../index/scorer-index.service';

/**
 * The index of this process (docs/matching.md): replicas that applied the same changes report the same
 * values. Computed once per scrape (stats() walks the whole index for the checksum), at most once a second.
 */
@Injectable()
export class ScorerIndexMetrics {
  constructor(index: ScorerIndex, registry: Registry) {
    const sample = cachedSample(async () => index.stats());
    const gauges: Array<[string, string, (s: ReturnType<ScorerIndex['stats']>) => number]> = [
      ['scorer_index_opportunities', 'Opportunities in the index', (s) => s.opportunities],
      ['scorer_index_people', 'People indexed (consent, location)', (s) => s.people],
      ['scorer_index_applied_outbox_id', 'Every outbox change up to this id is applied to the index', (s) => s.appliedOutboxId],
      ['scorer_index_pending_gaps', 'Skipped outbox ids still waiting for their transaction', (s) => s.pendingGaps],
      ['scorer_index_checksum', 'Checksum of the index entries (equal on replicas that applied the same changes)', (s) => s.checksum],
    ];
    for (const [name, help, read] of gauges) {
      const g: Gauge = new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          g.set(read(await sample()));
        },
      });
    }
  }
}
