import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What-if requests (POST /match-requests): short-lived rows holding a stored person's id or a profile
 * draft (never a person: no contact data, not in `profiles`, not audited), the custom weights, and the
 * scorer's result. Only the row id travels in the job; the scheduled purge deletes rows past `expires_at`.
 */
export class MatchRequests1732900000000 implements MigrationInterface {
  name = 'MatchRequests1732900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        requested_by_api_key_id uuid NULL,
        -- A stored person (what-if weights) or NULL for a draft; the person's erasure removes the request.
        profile_id uuid NULL REFERENCES profiles(id) ON DELETE CASCADE,
        -- {weights, draft?: {sections, facts}}: the draft's sections and derived eligibility facts only.
        payload jsonb NOT NULL CHECK (jsonb_typeof(payload) = 'object' AND length(payload::text) <= 200000),
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'done', 'failed')),
        result jsonb NULL CHECK (result IS NULL OR jsonb_typeof(result) = 'object'),
        error text NULL CHECK (length(error) <= 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        computed_at timestamptz NULL,
        expires_at timestamptz NOT NULL,
        CONSTRAINT match_requests_subject CHECK ((profile_id IS NULL) = (payload ? 'draft')),
        CONSTRAINT match_requests_expiry CHECK (expires_at > created_at AND expires_at <= created_at + interval '1 day'),
        CONSTRAINT match_requests_done_has_result CHECK ((state = 'done') = (result IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX match_requests_expires_idx ON match_requests (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE match_requests`);
  }
}
