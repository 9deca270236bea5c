import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Profiles (sections as JSONB, contact data in its own column), the restricted record kept apart, and
 * the append-only audit log (a trigger refuses UPDATE, DELETE and TRUNCATE).
 */
export class Profiles1732500000000 implements MigrationInterface {
  name = 'Profiles1732500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE profiles (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','erased')),
        personal jsonb NULL CHECK (personal IS NULL OR jsonb_typeof(personal) = 'object'),
        sections jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(sections) = 'object'),
        idempotency_key text NULL CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        request_hash text NULL CHECK (length(request_hash) = 64),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        erased_at timestamptz NULL,
        -- An erased profile keeps its id (placements' anonymous outcome statistics point at it) and
        -- nothing else about the person: the database refuses an erased row that still holds data.
        CONSTRAINT profiles_erased_is_scrubbed CHECK (
          status = 'active'
          OR (personal IS NULL AND sections = '{}'::jsonb AND idempotency_key IS NULL AND request_hash IS NULL AND erased_at IS NOT NULL)
        ),
        CONSTRAINT profiles_erased_at_only_when_erased CHECK (status = 'erased' OR erased_at IS NULL)
      )`);
    await q.query(`CREATE UNIQUE INDEX profiles_idempotency_key_idx ON profiles (organisation_id, idempotency_key) WHERE idempotency_key IS NOT NULL`);
    // Cursor pagination walks (created_at, id), per organisation for case managers, across all for admins.
    await q.query(`CREATE INDEX profiles_org_page_idx ON profiles (organisation_id, created_at, id) WHERE status = 'active'`);
    await q.query(`CREATE INDEX profiles_page_idx ON profiles (created_at, id) WHERE status = 'active'`);
    await q.query(`CREATE INDEX profiles_region_idx ON profiles ((sections->'location'->>'regionCode')) WHERE status = 'active'`);
    await q.query(`CREATE INDEX profiles_skills_idx ON profiles USING gin ((sections->'skills') jsonb_path_ops)`);

    await q.query(`
      CREATE TABLE profile_restricted (
        profile_id uuid PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        authorisation_kind text NOT NULL CHECK (authorisation_kind IN ('citizen','permanent_resident','temporary_resident','refugee','asylum_seeker','humanitarian_visa','irregular','pending','other')),
        allows_work boolean NULL,
        allows_training boolean NULL,
        expires_on date NULL,
        nationality text NULL CHECK (nationality ~ '^[A-Z]{2}$'),
        gender text NULL CHECK (gender IN ('female','male','non_binary','other','undisclosed')),
        date_of_birth date NULL CHECK (date_of_birth >= DATE '1900-01-01'),
        notes text NULL CHECK (length(notes) <= 4000),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_api_key_id uuid NULL,
        actor_organisation_id uuid NULL,
        actor_role text NULL CHECK (actor_role IN ('admin','case_manager','employer','organiser')),
        action text NOT NULL CHECK (action ~ '^[a-z_]+(\\.[a-z_]+)+$'),
        subject_type text NOT NULL CHECK (subject_type ~ '^[a-z_]{1,40}$'),
        subject_id uuid NOT NULL,
        -- Field names only, never values: each must look like an identifier.
        fields text[] NOT NULL DEFAULT '{}' CHECK (array_to_string(fields, ',') ~ '^([A-Za-z][A-Za-z0-9_.]{0,63}(,|$))*$')
      )`);
    await q.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, id)`);
    await q.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await q.query(`CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await q.query(`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION audit_log_append_only()`);
    await q.query(`DROP TABLE profile_restricted`);
    await q.query(`DROP TABLE profiles`);
  }
}
