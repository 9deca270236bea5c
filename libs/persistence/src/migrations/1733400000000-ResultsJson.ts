import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RESULTS_LZ4 } from './1733100000000-ResultsLz4';

/**
 * Stored results as `json` (the text as written) instead of `jsonb`. The documents are written whole by
 * the scorer and read whole by the API; nothing queries inside them. jsonb parses every document into
 * its binary form on write and prints it back to text on every read, which was most of the statement's
 * cost: on PostgreSQL 15 with a 64 KiB document (lz4 either way) an upsert took ~2.0-2.4 ms as jsonb and
 * ~1.1-1.2 ms as json, a read ~1.0 ms and ~0.4-0.55 ms (pgbench, docs/bench-http.md). A json value is
 * still checked to be valid JSON on input. The CHECKs move to `json_typeof`; the type change rewrites the
 * table, and the columns keep lz4 where the server has it (same guard as ResultsLz4).
 */
export class ResultsJson1733400000000 implements MigrationInterface {
  name = 'ResultsJson1733400000000';

  async up(q: QueryRunner): Promise<void> {
    await this.retype(q, 'json');
  }

  async down(q: QueryRunner): Promise<void> {
    await this.retype(q, 'jsonb');
  }

  private async retype(q: QueryRunner, type: 'json' | 'jsonb'): Promise<void> {
    const typeOf = `${type}_typeof`;
    await q.query(
      `ALTER TABLE match_results DROP CONSTRAINT match_results_results_check, DROP CONSTRAINT match_results_top_check, DROP CONSTRAINT match_results_excluded_check`,
    );
    await q.query(`
      ALTER TABLE match_results
        ALTER COLUMN results TYPE ${type} USING results::${type},
        ALTER COLUMN top TYPE ${type} USING top::${type},
        ALTER COLUMN excluded TYPE ${type} USING excluded::${type},
        ADD CONSTRAINT match_results_results_check CHECK (${typeOf}(results) = 'object'),
        ADD CONSTRAINT match_results_top_check CHECK (top IS NULL OR ${typeOf}(top) = 'object'),
        ADD CONSTRAINT match_results_excluded_check CHECK (excluded IS NULL OR ${typeOf}(excluded) = 'array')`);
    await q.query(RESULTS_LZ4);
  }
}
