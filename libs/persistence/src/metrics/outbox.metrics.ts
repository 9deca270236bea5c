import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cachedSample, withinMs } from '@app/platform';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';

/** Longest a scrape waits for PostgreSQL before leaving the outbox figures out. */
const DATABASE_WAIT_MS = 1000;

/**
 * Outbox lag, from the table itself (so the same in every app's /metrics; dashboards take the max):
 * `outbox_unsent` rows the relay has not put on a queue yet (the name the scorer's hand-written metrics
 * had: the HTTP benchmark reads it), and `outbox_oldest_unsent_age_seconds`, how long the oldest of them
 * has waited (0 when none): rising while Redis or the scorer's relay is down. One query per scrape, at
 * most once a second, along the partial index of unsent rows (`outbox_unsent_idx`).
 */
@Injectable()
export class OutboxMetrics {
  constructor(@InjectDataSource() ds: DataSource, registry: Registry) {
    const sample = cachedSample(async () => {
      const [row]: Array<{ unsent: number; age: number }> = await withinMs(
        ds.query(
          `SELECT (SELECT count(*)::int FROM outbox WHERE sent_at IS NULL) AS unsent,
                  coalesce((SELECT extract(epoch FROM now() - created_at)::float8 FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 1), 0) AS age`,
        ),
        DATABASE_WAIT_MS,
        'PostgreSQL',
      );
      return row;
    });
    const unsent: Gauge = new Gauge({
      name: 'outbox_unsent',
      help: 'Outbox rows not yet relayed to a queue',
      registers: [registry],
      async collect() {
        unsent.reset();
        const row = await sample().catch(() => null);
        if (row) unsent.set(row.unsent);
      },
    });
    const age: Gauge = new Gauge({
      name: 'outbox_oldest_unsent_age_seconds',
      help: 'Age of the oldest outbox row not yet relayed (0 when none)',
      registers: [registry],
      async collect() {
        age.reset();
        const row = await sample().catch(() => null);
        if (row) age.set(Math.max(0, row.age));
      },
    });
  }
}
