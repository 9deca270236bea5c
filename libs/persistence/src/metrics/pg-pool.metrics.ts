import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import type { Pool } from 'pg';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * The app's PostgreSQL pool (node-postgres, behind TypeORM), read from the pool itself at scrape time
 * (no query): `pg_pool_connections` open, `pg_pool_idle_connections` of them idle,
 * `pg_pool_waiting_requests` queries waiting for a connection, and `pg_pool_max_connections`
 * (DATABASE_POOL_SIZE). Waiting requests above 0 for long, with idle at 0, is a saturated pool.
 */
@Injectable()
export class PgPoolMetrics {
  constructor(@InjectDataSource() ds: DataSource, registry: Registry, @Inject(APP_CONFIG) config: AppConfig) {
    const pool = (): Pool | undefined => (ds.isInitialized ? ((ds.driver as PostgresDriver).master as Pool | undefined) : undefined);
    const gauge = (name: string, help: string, read: (p: Pool) => number) => {
      const g: Gauge = new Gauge({
        name,
        help,
        registers: [registry],
        collect() {
          const p = pool();
          if (p) g.set(read(p));
        },
      });
    };
    gauge('pg_pool_connections', 'Connections open in the PostgreSQL pool', (p) => p.totalCount);
    gauge('pg_pool_idle_connections', 'Open connections not in use', (p) => p.idleCount);
    gauge('pg_pool_waiting_requests', 'Queries waiting for a free connection', (p) => p.waitingCount);
    new Gauge({ name: 'pg_pool_max_connections', help: 'Size of the pool (DATABASE_POOL_SIZE)', registers: [registry] }).set(config.DATABASE_POOL_SIZE);
  }
}
