import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Opportunities (job | apprenticeship | training), written only by the vacancy service.
 * Seats: `booked` is maintained by placements with a conditional update (`booked < capacity`); the
 * CHECK is the last line of defence against overbooking. `seq` orders pages for cursor pagination.
 * Nested value objects (skills, supports, schedule) are jsonb validated by the zod contracts on write;
 * the columns the engine or listings filter on are plain columns.
 */
export class Opportunities1732600000000 implements MigrationInterface {
  name = 'Opportunities1732600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE opportunities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        kind text NOT NULL CHECK (kind IN ('job','apprenticeship','training')),
        status text NOT NULL CHECK (status IN ('draft','open','closed','filled')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        description text NOT NULL DEFAULT '',
        occupation_uri text NULL,
        isco_code text NULL CHECK (isco_code ~ '^[0-9]{1,4}$'),
        occupation_label text NULL,
        sector text NULL,
        essential_skills jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(essential_skills) = 'array'),
        optional_skills jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(optional_skills) = 'array'),
        language_minimums jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(language_minimums) = 'array'),
        min_eqf smallint NULL CHECK (min_eqf BETWEEN 1 AND 8),
        min_experience_months int NULL CHECK (min_experience_months >= 0),
        accepts_unrecognised_credentials boolean NOT NULL DEFAULT false,
        mode text NOT NULL CHECK (mode IN ('on_site','hybrid','remote')),
        region_code text NULL,
        lat double precision NULL CHECK (lat BETWEEN -90 AND 90),
        lon double precision NULL CHECK (lon BETWEEN -180 AND 180),
        schedule jsonb NULL,
        hours_per_week numeric(4,1) NULL CHECK (hours_per_week BETWEEN 0 AND 80),
        employment_types text[] NOT NULL DEFAULT '{}',
        start_date date NULL,
        duration_weeks int NULL CHECK (duration_weeks >= 1),
        application_deadline date NULL,
        capacity int NOT NULL CHECK (capacity >= 1),
        booked int NOT NULL DEFAULT 0,
        supports jsonb NOT NULL DEFAULT '{}',
        requires_work_authorisation boolean NOT NULL,
        accepted_authorisation_kinds text[] NOT NULL DEFAULT '{}',
        adults_only boolean NOT NULL DEFAULT true,
        skills_conferred jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(skills_conferred) = 'array'),
        certificate jsonb NULL,
        leads_to_self_employment boolean NOT NULL DEFAULT false,
        replacement_window_fraction numeric(4,3) NOT NULL DEFAULT 0.2 CHECK (replacement_window_fraction BETWEEN 0 AND 1),
        external_id text NULL,
        source_jsonld jsonb NULL,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT opportunities_booked_within_capacity CHECK (booked >= 0 AND booked <= capacity),
        CONSTRAINT opportunities_lat_lon_together CHECK ((lat IS NULL) = (lon IS NULL)),
        CONSTRAINT opportunities_job_confers_nothing CHECK (kind <> 'job' OR (certificate IS NULL AND skills_conferred = '[]'::jsonb)),
        -- Imports are idempotent on the employer's own identifier.
        CONSTRAINT opportunities_external_id_unique UNIQUE (organisation_id, external_id)
      )`);
    await q.query(`CREATE INDEX opportunities_organisation_idx ON opportunities (organisation_id, seq)`);
    await q.query(`CREATE INDEX opportunities_open_idx ON opportunities (kind, seq) WHERE status = 'open'`);
    await q.query(`CREATE INDEX opportunities_region_idx ON opportunities (region_code text_pattern_ops)`);
    await q.query(`CREATE INDEX opportunities_isco_idx ON opportunities (isco_code text_pattern_ops)`);
    await q.query(`CREATE INDEX opportunities_occupation_uri_idx ON opportunities (occupation_uri)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE opportunities`);
  }
}
