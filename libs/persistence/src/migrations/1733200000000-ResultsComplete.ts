import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `match_results.complete`: whether the row holds every kind's top 50 (true, what every row held before)
 * or only the default page (false). Re-ranks after a change store the default page alone (a fifth of the
 * explaining and a tenth of the bytes per ranking, docs/bench-http.md); a request for another page (a kind
 * filter, a longer list) asks the scorer for the complete lists once, at that version.
 */
export class ResultsComplete1733200000000 implements MigrationInterface {
  name = 'ResultsComplete1733200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_results ADD COLUMN complete boolean NOT NULL DEFAULT true`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE match_results DROP COLUMN complete`);
  }
}
