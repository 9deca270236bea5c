import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Placements (person x opportunity), their append-only transition record (who confirmed each step:
 * the human oversight record the EU AI Act asks for) and stored responses for Idempotency-Key.
 *
 * Seats: a placement holds a seat from `placed` on (placed, started, completed); the vacancy service
 * takes it with `UPDATE opportunities SET booked = booked + 1 WHERE booked < capacity` in the same
 * transaction and gives it back on withdrawal / dropout. The CHECKs tie `holds_seat` to the status.
 * Stage timestamps record the furthest stage reached, which the programme report counts.
 */
export class Placements1732600000001 implements MigrationInterface {
  name = 'Placements1732600000001';

  async up(q: QueryRunner): Promise<void> {
    const statuses = `'suggested','referred','interview','offered','placed','started','completed','withdrawn','rejected','dropped_out'`;
    const periods = `'hour','day','week','month','year'`;
    await q.query(`
      CREATE TABLE placements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        opportunity_id uuid NOT NULL REFERENCES opportunities(id) ON DELETE RESTRICT,
        -- Erased profiles keep their row (status 'erased'), so the reference stays valid.
        profile_id uuid NOT NULL REFERENCES profiles(id) ON DELETE RESTRICT,
        -- The organisation of the person's case managers (copied from the profile at creation).
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        status text NOT NULL CHECK (status IN (${statuses})),
        reason text NULL CHECK (reason IN ('schedule','transport','family','left_country','not_a_fit','no_permit','other')),
        holds_seat boolean NOT NULL DEFAULT false,
        referred_at timestamptz NULL,
        interview_at timestamptz NULL,
        offered_at timestamptz NULL,
        placed_at timestamptz NULL,
        started_at timestamptz NULL,
        completed_at timestamptz NULL,
        ended_at timestamptz NULL,
        hired_after_training boolean NULL,
        hired_by_organisation_id uuid NULL REFERENCES organisations(id) ON DELETE RESTRICT,
        employed_at_3_months boolean NULL,
        employed_at_6_months boolean NULL,
        wage_amount numeric(14,2) NULL CHECK (wage_amount >= 0),
        wage_currency text NULL CHECK (wage_currency ~ '^[A-Z]{3}$'),
        wage_period text NULL CHECK (wage_period IN (${periods})),
        outcome_recorded_at timestamptz NULL,
        outcome_recorded_by_api_key_id uuid NULL,
        created_by_api_key_id uuid NOT NULL,
        version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT placements_opportunity_person_unique UNIQUE (opportunity_id, profile_id),
        CONSTRAINT placements_reason_iff_exit CHECK ((reason IS NOT NULL) = (status IN ('withdrawn','rejected','dropped_out'))),
        CONSTRAINT placements_seat_iff_placed CHECK (holds_seat = (status IN ('placed','started','completed'))),
        CONSTRAINT placements_wage_complete CHECK ((wage_amount IS NULL) = (wage_currency IS NULL) AND (wage_amount IS NULL) = (wage_period IS NULL))
      )`);
    await q.query(`CREATE INDEX placements_opportunity_idx ON placements (opportunity_id, status)`);
    await q.query(`CREATE INDEX placements_organisation_idx ON placements (organisation_id, created_at)`);
    await q.query(`CREATE INDEX placements_profile_idx ON placements (profile_id)`);
    await q.query(`
      CREATE TABLE placement_transitions (
        id bigserial PRIMARY KEY,
        placement_id uuid NOT NULL REFERENCES placements(id) ON DELETE RESTRICT,
        from_status text NULL CHECK (from_status IN (${statuses})),
        to_status text NOT NULL CHECK (to_status IN (${statuses})),
        reason text NULL,
        note text NULL CHECK (length(note) <= 1000),
        confirmed_by_api_key_id uuid NOT NULL,
        confirmed_by_role text NOT NULL CHECK (confirmed_by_role IN ('admin','case_manager','employer','organiser')),
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX placement_transitions_placement_idx ON placement_transitions (placement_id, id)`);
    // Idempotency-Key: the first request inserts the row (the primary key serialises concurrent
    // repeats) and stores its response in the same transaction; repeats return that response.
    await q.query(`
      CREATE TABLE idempotency_keys (
        organisation_id uuid NOT NULL,
        endpoint text NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        request_hash text NOT NULL,
        response_status int NULL,
        response_body jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, endpoint, key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_keys`);
    await q.query(`DROP TABLE placement_transitions`);
    await q.query(`DROP TABLE placements`);
  }
}
