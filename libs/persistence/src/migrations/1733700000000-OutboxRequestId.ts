import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `outbox.request_id`: the id of the HTTP request (or job) whose transaction wrote the row (issue 18,
 * request ids). The relay copies it into the job's data, so the worker's log lines for the job carry
 * the request's id. Nullable, no default: adding it rewrites nothing; rows written before have none.
 * Ids are at most 64 characters of a safe charset (libs/platform/src/context/request-id.ts).
 */
export class OutboxRequestId1733700000000 implements MigrationInterface {
  name = 'OutboxRequestId1733700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox ADD COLUMN request_id text NULL CHECK (request_id IS NULL OR length(request_id) <= 64)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox DROP COLUMN request_id`);
  }
}
