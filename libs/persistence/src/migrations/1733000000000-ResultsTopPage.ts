import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `match_results.top`: the default page (the first 20 options over every kind, with only the skill URIs and
 * covering courses they name), written with `results` by the scorer. A default GET reads this small column
 * alone: `results` (every kind's top 50, ~100 KiB) stays TOASTed and is read only for a kind filter, a
 * larger limit or the excluded list. NULL in rows written before it: readers fall back to `results`.
 */
export class ResultsTopPage1733000000000 implements MigrationInterface {
  name = 'ResultsTopPage1733000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_results ADD COLUMN top jsonb NULL CHECK (top IS NULL OR jsonb_typeof(top) = 'object')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_results DROP COLUMN top`);
  }
}
