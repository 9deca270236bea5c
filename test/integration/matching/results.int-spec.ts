import { createDataSource, MatchResultsRepository, type MatchResultsWrite } from '@app/persistence';
import { seedKey } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/** match_results: ordered by profile version, one row per person, gone with the person. */
describe('match_results upsert', () => {
  let db: TestDatabase;
  let repo: MatchResultsRepository;
  let profileId: string;
  const OPP = '99999999-9999-9999-9999-999999999999';

  const write = (profileVersion: number, indexVersion: number, score: number): MatchResultsWrite => ({
    profileId,
    profileVersion,
    indexVersion,
    taxonomyVersion: 'test',
    results: {
      options: [{ opportunityId: OPP, kind: 'job', score, rankScore: score, components: {}, pathway: null, reasons: [] }],
      skillUris: {},
      incomplete: [],
    },
    excluded: [],
    complete: true,
  });

  beforeAll(async () => {
    db = await createTestDatabase('matchresults');
    repo = new MatchResultsRepository(db.dataSource);
    const key = await seedKey(db.dataSource, 'case_manager');
    [{ id: profileId }] = await db.dataSource.query(`INSERT INTO profiles (organisation_id, version) VALUES ($1, 5) RETURNING id`, [key.organisationId]);
  });
  afterAll(() => db.drop());

  it('never overwrites a newer profile version with an older one', async () => {
    expect(await repo.upsert(write(3, 10, 50))).toBe(true);
    expect(await repo.upsert(write(2, 11, 99))).toBe(false);
    expect(await repo.get(profileId)).toMatchObject({ profileVersion: 3, indexVersion: 10 });
    expect((await repo.get(profileId))!.results.options[0].score).toBe(50);
  });

  it('overwrites the same or a newer version (a newer index after a vacancy changed)', async () => {
    expect(await repo.upsert(write(3, 12, 60))).toBe(true);
    expect(await repo.upsert(write(4, 13, 70))).toBe(true);
    const row = await repo.get(profileId);
    expect(row).toMatchObject({ profileVersion: 4, indexVersion: 13 });
    expect(row!.results.options[0].score).toBe(70);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM match_results WHERE profile_id = $1`, [profileId]);
    expect(n).toBe(1);
  });

  it('finds the people whose options name an opportunity', async () => {
    expect(await repo.profilesNaming(OPP)).toEqual([profileId]);
    expect(await repo.profilesNaming('88888888-8888-8888-8888-888888888888')).toEqual([]);
  });

  it('lists missing or stale results for the start-up catch-up (consenting people only)', async () => {
    await db.dataSource.query(`UPDATE profiles SET sections = '{"consent":{"scopes":["matching"],"givenAt":"2025-01-01","withdrawnAt":null}}' WHERE id = $1`, [profileId]);
    expect(await repo.staleProfiles()).toEqual([{ id: profileId, version: 5 }]);
    await repo.upsert(write(5, 14, 80));
    expect(await repo.staleProfiles()).toEqual([]);
    // Computed with another taxonomy than the one served now (an import since): stale too.
    expect(await repo.staleProfiles('test')).toEqual([]);
    expect(await repo.staleProfiles('imported-later')).toEqual([{ id: profileId, version: 5 }]);
  });

  it('keeps the default page apart (first 20 options, only the skills and courses they name) and names every referenced opportunity', async () => {
    const COURSE = '77777777-7777-7777-7777-777777777777';
    const UNLOCKED = '66666666-6666-6666-6666-666666666666';
    const options = Array.from({ length: 25 }, (_, i) => ({
      opportunityId: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}`,
      kind: 'job' as const,
      score: 90 - i,
      rankScore: 90 - i,
      components: {},
      pathway: i === 0 ? { value: 1, normalised: 0.5, unlockedOpportunityIds: [UNLOCKED], selfEmployment: false } : null,
      reasons: [{ code: 'skills_missing', missing: 1, total: 1, skills: [{ skillId: i < 20 ? 7 : 8, coveredBy: [] }] }],
    }));
    await repo.upsert({
      ...write(6, 20, 0),
      results: { options, skillUris: { '7': 'uri:7', '8': 'uri:8' }, incomplete: [], coveredBy: { '7': [COURSE], '8': [OPP] } },
      excluded: [{ opportunityId: OPP, kind: 'job', reasons: ['capacity_full'] }],
    });
    const top = await repo.get(profileId, 'top');
    expect(top!.results.options.map((o) => o.score)).toEqual(options.slice(0, 20).map((o) => o.score));
    expect(top!.results.skillUris).toEqual({ '7': 'uri:7' });
    expect(top!.results.coveredBy).toEqual({ '7': [COURSE] });
    expect(top!.excluded).toBeNull();
    const full = await repo.get(profileId);
    expect(full!.results.options).toHaveLength(25);
    expect(full!.excluded).toHaveLength(1);
    expect(await repo.versions(profileId)).toEqual({ profileVersion: 6, indexVersion: 20, taxonomyVersion: 'test', complete: true });
    // A course or an unlocked vacancy changing re-ranks this person too (titles shown stay current).
    expect(await repo.profilesNaming(COURSE)).toEqual([profileId]);
    expect(await repo.profilesNaming(UNLOCKED)).toEqual([profileId]);
  });

  it('reads a row written before the default page was stored apart (top is NULL) through the whole document', async () => {
    await db.dataSource.query(`UPDATE match_results SET top = NULL WHERE profile_id = $1`, [profileId]);
    expect((await repo.get(profileId, 'top'))!.results.options).toHaveLength(25);
  });

  it('says whether a row holds every kind\'s lists or only the default page (complete), in its head and versions', async () => {
    expect(await repo.upsert({ ...write(6, 21, 5), complete: false })).toBe(true);
    expect(await repo.versions(profileId)).toMatchObject({ indexVersion: 21, complete: false });
    const page = (await repo.get(profileId, 'top'))!;
    expect(page.complete).toBe(false);
    expect(page.results.options.map((o) => o.score)).toEqual([5]); // the page itself: stored once, in results
    expect(await db.dataSource.query(`SELECT top FROM match_results WHERE profile_id = $1`, [profileId])).toEqual([{ top: null }]);
    expect(await repo.upsert({ ...write(6, 21, 5), complete: true })).toBe(true); // the complete ranking asked for at the same versions
    expect((await repo.get(profileId))!.complete).toBe(true);
  });

  it('at the same versions a default-page result never replaces a complete one (a background re-rank racing a requested complete ranking), unless the reason format changed', async () => {
    expect(await repo.upsert({ ...write(6, 22, 7), complete: true })).toBe(true);
    expect(await repo.upsert({ ...write(6, 22, 8), complete: false })).toBe(false);
    expect(await repo.versions(profileId)).toMatchObject({ indexVersion: 22, complete: true });
    expect((await repo.get(profileId))!.results.options[0].score).toBe(7);
    // A newer index, or a new reason format at the same versions, still replaces it.
    expect(await repo.upsert({ ...write(6, 22, 9), taxonomyVersion: 'test-2', complete: false })).toBe(true);
    expect(await repo.versions(profileId)).toMatchObject({ taxonomyVersion: 'test-2', complete: false });
    expect(await repo.upsert({ ...write(6, 23, 10), taxonomyVersion: 'test', complete: true })).toBe(true);
    expect(await repo.upsert({ ...write(6, 24, 11), complete: false })).toBe(true);
    expect(await repo.versions(profileId)).toMatchObject({ indexVersion: 24, complete: false });
  });

  it('writes results without waiting for the WAL flush, for that statement only (the session keeps synchronous commits)', async () => {
    // A pool of one connection: an explicit transaction opened around the upsert shows what it set.
    const ds = await createDataSource(db.url, { poolSize: 1, applicationName: 'jest' }).initialize();
    const single = new MatchResultsRepository(ds);
    try {
      await ds.query('BEGIN');
      expect(await single.upsert(write(6, 30, 1))).toBe(true);
      const [{ during }] = await ds.query(`SELECT current_setting('synchronous_commit') AS during`);
      expect(during).toBe('off'); // set by the upsert, for its transaction
      await ds.query('COMMIT');
      const [{ after }] = await ds.query(`SELECT current_setting('synchronous_commit') AS after`);
      expect(after).toBe('on'); // and gone with it: other statements on the connection commit synchronously
      expect((await repo.get(profileId))!.indexVersion).toBe(30);
    } finally {
      await ds.destroy();
    }
  });

  it('compresses stored documents with lz4 (this server has it): large documents are written compressed that way', async () => {
    const columns = await db.dataSource.query(`SELECT attname, attcompression FROM pg_attribute WHERE attrelid = 'match_results'::regclass AND attname IN ('results', 'top', 'excluded') ORDER BY attname`);
    expect(columns).toEqual([
      { attname: 'excluded', attcompression: 'l' },
      { attname: 'results', attcompression: 'l' },
      { attname: 'top', attcompression: 'l' },
    ]);
    const big = write(7, 40, 1);
    big.results.options = Array.from({ length: 150 }, (_, i) => ({ ...big.results.options[0], score: i, reasons: [{ code: 'demand', level: 'high', value: i / 150 }] }));
    expect(await repo.upsert(big)).toBe(true);
    const [{ method }] = await db.dataSource.query(`SELECT pg_column_compression(results) AS method FROM match_results WHERE profile_id = $1`, [profileId]);
    expect(method).toBe('lz4');
  });

  it('stores the documents as the text written (json, not jsonb): read back with the keys in the order the scorer wrote them', async () => {
    // jsonb would re-order the keys (shorter first: options, coveredBy, skillUris, incomplete) and pay for
    // parsing and printing them on every write and read (migration ResultsJson).
    const w = write(8, 41, 1);
    w.results = { options: w.results.options, skillUris: { '7': 'http://example.org/skill/7' }, incomplete: [], coveredBy: { '7': [OPP] } };
    expect(await repo.upsert(w)).toBe(true);
    expect(Object.keys((await repo.get(profileId))!.results)).toEqual(['options', 'skillUris', 'incomplete', 'coveredBy']);
    const types = await db.dataSource.query(
      `SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'match_results'::regclass AND attname IN ('results', 'top', 'excluded') ORDER BY attname`,
    );
    expect(types).toEqual([
      { attname: 'excluded', type: 'json' },
      { attname: 'results', type: 'json' },
      { attname: 'top', type: 'json' },
    ]);
    // The CHECKs still hold on the json columns.
    await expect(db.dataSource.query(`UPDATE match_results SET results = '[1]' WHERE profile_id = $1`, [profileId])).rejects.toThrow(/match_results_results_check/);
  });

  it('a request reads the stored payload only when it is at the profile version (stale results are re-ranked first, then read)', async () => {
    const [{ version }] = await db.dataSource.query(`SELECT version FROM profiles WHERE id = $1`, [profileId]);
    const [{ organisation_id: organisationId }] = await db.dataSource.query(`SELECT organisation_id FROM profiles WHERE id = $1`, [profileId]);
    const actor = { apiKeyId: OPP, organisationId, role: 'case_manager' as const };
    await db.dataSource.query(`UPDATE profiles SET version = $2 WHERE id = $1`, [profileId, 9]);
    try {
      expect(await repo.upsert(write(9, 50, 42))).toBe(true);
      const fresh = await repo.forRequest(actor, profileId, 'top');
      expect(fresh).toMatchObject({ profileVersion: 9, stored: { profileVersion: 9, indexVersion: 50 } });
      expect(fresh.row!.results.options[0].score).toBe(42);
      await db.dataSource.query(`UPDATE profiles SET version = 10 WHERE id = $1`, [profileId]);
      for (const part of ['top', 'full'] as const) {
        const stale = await repo.forRequest(actor, profileId, part);
        expect(stale).toMatchObject({ profileVersion: 10, stored: { profileVersion: 9 }, row: null });
      }
      expect((await repo.get(profileId))!.results.options[0].score).toBe(42); // still stored, only not read
    } finally {
      await db.dataSource.query(`UPDATE profiles SET version = $2 WHERE id = $1`, [profileId, version]);
    }
  });

  it('stores nothing for an erased person and deletes on request', async () => {
    await repo.delete(profileId);
    expect(await repo.get(profileId)).toBeNull();
    await db.dataSource.query(`UPDATE profiles SET status = 'erased', sections = '{}', erased_at = now() WHERE id = $1`, [profileId]);
    expect(await repo.upsert(write(6, 15, 90))).toBe(false);
    expect(await repo.get(profileId)).toBeNull();
  });
});
