import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `opportunities.posted_at`: the day a posting was published (schema.org `JobPosting.datePosted`), from
 * which market demand counts days unfilled and time decay (libs/matching demand.ts `vacancyWeight`).
 * Until now demand took the creation day; existing rows get exactly that (as a UTC date, the day the
 * engine's epoch days use), so no demand value moves and nothing needs re-ranking. New rows default to
 * the creation day too; the API refuses a day after tomorrow (UTC). No CHECK against the clock:
 * PostgreSQL assumes a CHECK gives the same answer for the same row whenever it is evaluated.
 */
export class OpportunityPostedAt1733500000000 implements MigrationInterface {
  name = 'OpportunityPostedAt1733500000000';

  async up(q: QueryRunner): Promise<void> {
    // Add as NULL, fill, then NOT NULL + default: one table rewrite, no default evaluated per existing row.
    await q.query(`ALTER TABLE opportunities ADD COLUMN posted_at date NULL`);
    await q.query(`UPDATE opportunities SET posted_at = (created_at AT TIME ZONE 'UTC')::date`);
    await q.query(`ALTER TABLE opportunities ALTER COLUMN posted_at SET DEFAULT ((now() AT TIME ZONE 'UTC')::date), ALTER COLUMN posted_at SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE opportunities DROP COLUMN posted_at`);
  }
}
