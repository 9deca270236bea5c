import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The taxonomy store (ESCO skills and occupations, en/es labels), written only by the taxonomy importer
 * (libs/taxonomy importer.ts) and read once at start-up into the in-memory snapshot. Concepts are keyed
 * by their ESCO URI; integer ids are for compact join tables only (the engine assigns its own dense ids).
 * Labels are jsonb per language: {"en": {"preferred": "...", "alt": [...], "hidden": [...]}, "es": {...}}.
 */
export class TaxonomyStore1732400000000 implements MigrationInterface {
  name = 'TaxonomyStore1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE taxonomy_isco_group (
        code text PRIMARY KEY CHECK (code ~ '^[0-9]{1,4}$'),
        uri text NOT NULL UNIQUE,
        labels jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE taxonomy_skill_group (
        id serial PRIMARY KEY,
        uri text NOT NULL UNIQUE,
        code text NULL,
        labels jsonb NOT NULL
      )`);
    await q.query(`
      CREATE TABLE taxonomy_occupation (
        id serial PRIMARY KEY,
        uri text NOT NULL UNIQUE,
        isco_group text NULL CHECK (isco_group ~ '^[0-9]{1,4}$'),
        code text NULL,
        labels jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX taxonomy_occupation_isco_idx ON taxonomy_occupation (isco_group)`);
    await q.query(`
      CREATE TABLE taxonomy_skill (
        id serial PRIMARY KEY,
        uri text NOT NULL UNIQUE,
        skill_type text NULL CHECK (skill_type IN ('skill/competence','knowledge','language','attitude')),
        reuse_level text NULL CHECK (reuse_level IN ('transversal','cross-sector','sector-specific','occupation-specific')),
        labels jsonb NOT NULL,
        description jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`
      CREATE TABLE taxonomy_occupation_skill (
        occupation_id int NOT NULL REFERENCES taxonomy_occupation(id) ON DELETE CASCADE,
        skill_id int NOT NULL REFERENCES taxonomy_skill(id) ON DELETE CASCADE,
        relation text NOT NULL CHECK (relation IN ('essential','optional')),
        PRIMARY KEY (occupation_id, skill_id)
      )`);
    // "Which occupations need this skill?" (demand, pathways).
    await q.query(`CREATE INDEX taxonomy_occupation_skill_skill_idx ON taxonomy_occupation_skill (skill_id)`);
    // Skills pillar edges by URI: a skill or skill group and its broader skill or skill group.
    await q.query(`
      CREATE TABLE taxonomy_skill_broader (
        uri text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('skill','group')),
        broader_uri text NOT NULL,
        broader_kind text NOT NULL CHECK (broader_kind IN ('skill','group')),
        PRIMARY KEY (uri, broader_uri)
      )`);
    // Narrower concepts of a skill or group.
    await q.query(`CREATE INDEX taxonomy_skill_broader_broader_idx ON taxonomy_skill_broader (broader_uri)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE taxonomy_skill_broader`);
    await q.query(`DROP TABLE taxonomy_occupation_skill`);
    await q.query(`DROP TABLE taxonomy_skill`);
    await q.query(`DROP TABLE taxonomy_occupation`);
    await q.query(`DROP TABLE taxonomy_skill_group`);
    await q.query(`DROP TABLE taxonomy_isco_group`);
  }
}
