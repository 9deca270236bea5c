import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Work modes (issue 15): `home_based` joins on_site / hybrid / remote (work at the person's home that is
 * not online: piecework, home care, crafts), and a hybrid opportunity may say which of its scheduled
 * hours are online (`online_schedule`, the same JSON form as `schedule`), so the digital-access gate
 * applies to online sessions only. The mode CHECK is the one the Opportunities migration created
 * (`opportunities_mode_check`, PostgreSQL's default name for a column CHECK), replaced; existing rows
 * keep their mode and get no online hours (hybrid without them = both kinds of session, as before).
 * Also `shortlists.occupation_uris` (the ESCO URIs of the occupations shortlist reasons name) and the
 * attendees without an interview with why (`shortlist_chunks.unreachable`, `shortlists.unplaced`).
 */
export class WorkModes1733600000000 implements MigrationInterface {
  name = 'WorkModes1733600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE opportunities DROP CONSTRAINT opportunities_mode_check`);
    await q.query(`ALTER TABLE opportunities ADD CONSTRAINT opportunities_mode_check CHECK (mode IN ('on_site','hybrid','remote','home_based'))`);
    await q.query(`ALTER TABLE opportunities ADD COLUMN online_schedule jsonb NULL`);
    // Online hours only make sense for a hybrid opportunity (remote: all of them; on site / home: none).
    await q.query(`ALTER TABLE opportunities ADD CONSTRAINT opportunities_online_schedule_check CHECK (online_schedule IS NULL OR (mode = 'hybrid' AND jsonb_typeof(online_schedule) = 'object'))`);
    // Shortlist reasons name occupations now (experience counted): their ESCO URIs, as skill_uris does for skills.
    await q.query(`ALTER TABLE shortlists ADD COLUMN occupation_uris jsonb NULL`);
    // Attendees without an interview, and why (ids and counts): per scoring chunk, then per finished shortlist.
    await q.query(`ALTER TABLE shortlist_chunks ADD COLUMN unreachable jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(unreachable) = 'array')`);
    await q.query(`ALTER TABLE shortlists ADD COLUMN unplaced jsonb NULL CHECK (unplaced IS NULL OR jsonb_typeof(unplaced) = 'array')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shortlists DROP COLUMN unplaced`);
    await q.query(`ALTER TABLE shortlist_chunks DROP COLUMN unreachable`);
    await q.query(`ALTER TABLE shortlists DROP COLUMN occupation_uris`);
    await q.query(`ALTER TABLE opportunities DROP CONSTRAINT opportunities_online_schedule_check`);
    await q.query(`ALTER TABLE opportunities DROP COLUMN online_schedule`);
    // Home-based rows have no earlier equivalent: they become on-site (the closest: a place, no device).
    await q.query(`UPDATE opportunities SET mode = 'on_site' WHERE mode = 'home_based'`);
    await q.query(`ALTER TABLE opportunities DROP CONSTRAINT opportunities_mode_check`);
    await q.query(`ALTER TABLE opportunities ADD CONSTRAINT opportunities_mode_check CHECK (mode IN ('on_site','hybrid','remote'))`);
  }
}
