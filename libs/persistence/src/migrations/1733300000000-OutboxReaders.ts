import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `outbox_readers`: each running process that tails the outbox (scorer replicas) records how far it has
 * applied, every few seconds, so sent outbox rows can be deleted once every live reader is past them
 * (libs/messaging/src/outbox/outbox-pruning.ts). A reader not seen for a while is dead: a process that
 * starts loads a fresh snapshot and tails from the newest id, so it never needs older rows.
 */
export class OutboxReaders1733300000000 implements MigrationInterface {
  name = 'OutboxReaders1733300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_readers (
        reader text PRIMARY KEY CHECK (length(reader) BETWEEN 1 AND 200),
        applied_through bigint NOT NULL CHECK (applied_through >= 0),
        seen_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_readers`);
  }
}
