import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Organisations, their hashed API keys and the transactional outbox. */
export class Foundation1732300000000 implements MigrationInterface {
  name = 'Foundation1732300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('platform','ngo','public_employment_service','employer','training_provider','employer_and_training_provider','fair_organiser')),
        country text NULL CHECK (country ~ '^[A-Z]{2}$'),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin','case_manager','employer','organiser')),
        label text NOT NULL,
        prefix text NOT NULL UNIQUE,
        hash text NOT NULL CHECK (length(hash) = 64),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz NULL
      )`);
    await q.query(`CREATE INDEX api_keys_organisation_idx ON api_keys (organisation_id)`);
    await q.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        queue text NOT NULL,
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL,
        attempts int NOT NULL DEFAULT 0,
        last_error text NULL
      )`);
    // The relay only ever scans unsent rows in id order; keep that index small.
    await q.query(`CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox`);
    await q.query(`DROP TABLE api_keys`);
    await q.query(`DROP TABLE organisations`);
  }
}
