import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Stored results compressed with lz4 instead of pglz: the scorer rewrites a person's row (~100 KiB
 * compressed, every kind's top 50 with reasons) on every ranking, and pglz compression was about a third
 * of that write (measured on PostgreSQL 15 with a 270 KiB document: ~12 -> ~9 ms per upsert, the same
 * size). Applies to values written from now on. A server built without lz4 keeps pglz (notice only):
 * the data is the same either way.
 */
/** lz4 for the three document columns, or a notice where the server lacks it (also after ResultsJson's retype). */
export const RESULTS_LZ4 = `
      DO $$ BEGIN
        ALTER TABLE match_results ALTER COLUMN results SET COMPRESSION lz4, ALTER COLUMN top SET COMPRESSION lz4, ALTER COLUMN excluded SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN
        RAISE NOTICE 'lz4 is not available on this server: match_results keeps pglz';
      END $$`;

export class ResultsLz41733100000000 implements MigrationInterface {
  name = 'ResultsLz41733100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(RESULTS_LZ4);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_results ALTER COLUMN results SET COMPRESSION default, ALTER COLUMN top SET COMPRESSION default, ALTER COLUMN excluded SET COMPRESSION default`);
  }
}
