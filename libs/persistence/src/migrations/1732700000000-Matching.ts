import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The scorer's tables: a person's ranked options (one row per profile, upserted by profile version, never
 * overwritten by an older one) and imported market-demand indicators.
 */
export class Matching1732700000000 implements MigrationInterface {
  name = 'Matching1732700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE match_results (
        profile_id uuid PRIMARY KEY REFERENCES profiles(id) ON DELETE CASCADE,
        profile_version int NOT NULL CHECK (profile_version >= 1),
        -- The scorer's index version when computed (a per-process counter: compare within one process only).
        index_version bigint NOT NULL CHECK (index_version >= 0),
        taxonomy_version text NOT NULL CHECK (length(taxonomy_version) BETWEEN 1 AND 100),
        computed_at timestamptz NOT NULL DEFAULT now(),
        results jsonb NOT NULL CHECK (jsonb_typeof(results) = 'object'),
        excluded jsonb NULL CHECK (excluded IS NULL OR jsonb_typeof(excluded) = 'array'),
        -- Every opportunity named in results: which people to re-rank when one closes or fills.
        opportunity_ids uuid[] NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX match_results_opportunities_idx ON match_results USING gin (opportunity_ids)`);

    await q.query(`
      CREATE TABLE demand_indicators (
        id bigserial PRIMARY KEY,
        occupation_uri text NULL CHECK (length(occupation_uri) <= 300),
        isco_code text NULL CHECK (isco_code ~ '^[0-9]{1,4}$'),
        -- NULL = the whole country.
        region_code text NULL CHECK (length(region_code) BETWEEN 1 AND 40),
        value double precision NOT NULL CHECK (value >= 0 AND value <= 1),
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 200),
        date date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT demand_indicators_subject CHECK (occupation_uri IS NOT NULL OR isco_code IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX demand_indicators_key_idx ON demand_indicators (coalesce(occupation_uri, ''), coalesce(isco_code, ''), coalesce(region_code, ''), source, date)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE demand_indicators`);
    await q.query(`DROP TABLE match_results`);
  }
}
