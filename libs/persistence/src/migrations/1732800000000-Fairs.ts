import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Job fairs and cohorts (docs/fairs.md).
 *
 * Written by the vacancy service: fairs, fair_attendees, fair_opportunities, the request half of
 * shortlists and cohorts. Written by the scorer: shortlist_edges, shortlist_chunks, shortlist_assignments,
 * the state/progress/report columns of shortlists and cohorts, cohort_seats.
 *
 * A shortlist snapshots who and what it allocates (attendee_ids, opportunity_ids, opportunity_slots) at
 * request time, so registrations made while it runs cannot shift the chunk boundaries of a retried job.
 * The interview schedule's two UNIQUE slot constraints are what "nobody double-booked" means: an attendee
 * is in one interview per time slot, an employer's table holds one interview per time slot.
 */
export class Fairs1732800000000 implements MigrationInterface {
  name = 'Fairs1732800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE fairs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        fair_date date NOT NULL,
        start_time time NOT NULL DEFAULT '09:00',
        slot_minutes smallint NOT NULL DEFAULT 20 CHECK (slot_minutes BETWEEN 5 AND 240),
        region_code text NOT NULL CHECK (length(region_code) BETWEEN 1 AND 40),
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX fairs_organisation_idx ON fairs (organisation_id, fair_date)`);

    await q.query(`
      CREATE TABLE fair_attendees (
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        registered_by_api_key_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fair_id, profile_id)
      )`);
    await q.query(`
      CREATE TABLE fair_opportunities (
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL REFERENCES opportunities(id) ON DELETE RESTRICT,
        interview_slots int NOT NULL CHECK (interview_slots BETWEEN 0 AND 1000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (fair_id, opportunity_id)
      )`);

    await q.query(`
      CREATE TABLE shortlists (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        fair_id uuid NOT NULL REFERENCES fairs(id) ON DELETE CASCADE,
        params jsonb NOT NULL CHECK (jsonb_typeof(params) = 'object'),
        params_hash text NOT NULL CHECK (params_hash ~ '^[0-9a-f]{64}$'),
        strategy text NOT NULL CHECK (strategy IN ('max_total','coverage_first')),
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','scoring','allocating','done','failed')),
        percent smallint NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        attendee_ids uuid[] NOT NULL,
        opportunity_ids uuid[] NOT NULL,
        opportunity_slots int[] NOT NULL,
        per_attendee_cap int NOT NULL CHECK (per_attendee_cap BETWEEN 1 AND 50),
        min_score double precision NOT NULL CHECK (min_score BETWEEN 0 AND 100),
        chunk_size int NOT NULL CHECK (chunk_size BETWEEN 1 AND 10000),
        chunks_total int NOT NULL CHECK (chunks_total >= 0),
        chunks_done int NOT NULL DEFAULT 0,
        -- Who asked: the actor of the fairness audit's restricted-record reads.
        requested_by_api_key_id uuid NOT NULL,
        requested_by_organisation_id uuid NOT NULL,
        requested_by_role text NOT NULL CHECK (requested_by_role IN ('admin','organiser')),
        report jsonb NULL CHECK (report IS NULL OR jsonb_typeof(report) = 'object'),
        -- Aggregates only (counts and rates per group); shown to the organiser and admins, never to employers.
        fairness jsonb NULL CHECK (fairness IS NULL OR jsonb_typeof(fairness) = 'object'),
        -- Skill id -> ESCO URI for the skill ids inside the stored reasons (ids are per taxonomy load).
        skill_uris jsonb NULL CHECK (skill_uris IS NULL OR jsonb_typeof(skill_uris) = 'object'),
        error text NULL CHECK (length(error) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz NULL,
        CONSTRAINT shortlists_snapshot_aligned CHECK (cardinality(opportunity_ids) = cardinality(opportunity_slots)),
        CONSTRAINT shortlists_chunks_within CHECK (chunks_done BETWEEN 0 AND chunks_total),
        CONSTRAINT shortlists_done_is_complete CHECK (state <> 'done' OR (percent = 100 AND report IS NOT NULL))
      )`);
    // Idempotent re-posting: one running shortlist per fair and parameters (the request returns it).
    await q.query(`CREATE UNIQUE INDEX shortlists_running_idx ON shortlists (fair_id, params_hash) WHERE state IN ('queued','scoring','allocating')`);
    await q.query(`CREATE INDEX shortlists_fair_idx ON shortlists (fair_id, created_at)`);

    await q.query(`
      CREATE TABLE shortlist_chunks (
        shortlist_id uuid NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
        chunk int NOT NULL CHECK (chunk >= 0),
        attendees int NOT NULL CHECK (attendees >= 0),
        not_indexed int NOT NULL CHECK (not_indexed >= 0),
        edges int NOT NULL CHECK (edges >= 0),
        done_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (shortlist_id, chunk)
      )`);
    await q.query(`
      CREATE TABLE shortlist_edges (
        shortlist_id uuid NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
        profile_id uuid NOT NULL,
        opportunity_id uuid NOT NULL,
        chunk int NOT NULL CHECK (chunk >= 0),
        score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
        PRIMARY KEY (shortlist_id, profile_id, opportunity_id)
      )`);
    await q.query(`
      CREATE TABLE shortlist_assignments (
        shortlist_id uuid NOT NULL REFERENCES shortlists(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL,
        profile_id uuid NOT NULL,
        rank int NOT NULL CHECK (rank >= 1),
        score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
        slot_index int NOT NULL CHECK (slot_index >= 0),
        -- Wall-clock time at the fair's venue (the fair's date and start time are local).
        starts_at timestamp NOT NULL,
        ends_at timestamp NOT NULL,
        -- Engine reason codes with parameters (language-neutral; rendered es/en on read).
        reasons jsonb NOT NULL CHECK (jsonb_typeof(reasons) = 'array'),
        PRIMARY KEY (shortlist_id, opportunity_id, profile_id),
        CONSTRAINT shortlist_assignments_rank_unique UNIQUE (shortlist_id, opportunity_id, rank),
        CONSTRAINT shortlist_assignments_attendee_slot_unique UNIQUE (shortlist_id, profile_id, slot_index),
        CONSTRAINT shortlist_assignments_table_slot_unique UNIQUE (shortlist_id, opportunity_id, slot_index),
        CONSTRAINT shortlist_assignments_slot_order CHECK (ends_at > starts_at)
      )`);
    await q.query(`CREATE INDEX shortlist_assignments_profile_idx ON shortlist_assignments (shortlist_id, profile_id)`);

    await q.query(`
      CREATE TABLE cohorts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        profile_ids uuid[] NOT NULL CHECK (cardinality(profile_ids) BETWEEN 1 AND 10000),
        opportunity_ids uuid[] NOT NULL CHECK (cardinality(opportunity_ids) BETWEEN 1 AND 200),
        min_score double precision NOT NULL CHECK (min_score BETWEEN 0 AND 100),
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued','allocating','done','failed')),
        requested_by_api_key_id uuid NOT NULL,
        report jsonb NULL CHECK (report IS NULL OR jsonb_typeof(report) = 'object'),
        error text NULL CHECK (length(error) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz NULL
      )`);
    await q.query(`
      CREATE TABLE cohort_seats (
        cohort_id uuid NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
        opportunity_id uuid NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('placed','waiting')),
        -- 1-based: seat order among the placed, or place on the programme's waiting list.
        position int NOT NULL CHECK (position >= 1),
        score double precision NOT NULL CHECK (score BETWEEN 0 AND 100),
        PRIMARY KEY (cohort_id, opportunity_id, profile_id),
        CONSTRAINT cohort_seats_position_unique UNIQUE (cohort_id, opportunity_id, status, position)
      )`);
    // Replacements read the waiting lists of one programme, newest cohort first.
    await q.query(`CREATE INDEX cohort_seats_waiting_idx ON cohort_seats (opportunity_id, position) WHERE status = 'waiting'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cohort_seats`);
    await q.query(`DROP TABLE cohorts`);
    await q.query(`DROP TABLE shortlist_assignments`);
    await q.query(`DROP TABLE shortlist_edges`);
    await q.query(`DROP TABLE shortlist_chunks`);
    await q.query(`DROP TABLE shortlists`);
    await q.query(`DROP TABLE fair_opportunities`);
    await q.query(`DROP TABLE fair_attendees`);
    await q.query(`DROP TABLE fairs`);
  }
}
