import { mergeProfile } from '@app/persistence/profiles/profile-sections';
import { bearer, createProfile, fullProfile, startProfilesWorld, type ProfilesWorld } from './fixtures';

/**
 * A PATCH without consent runs as one statement (libs/persistence/src/profiles/profile-patch.ts): the
 * stored result, the outbox row and every refusal must be what the locked read-merge-write gave.
 */
describe('profiles: PATCH in one statement', () => {
  let w: ProfilesWorld;

  beforeAll(async () => {
    w = await startProfilesWorld('patch_statement');
  });
  afterAll(async () => {
    await w?.close();
  });

  const stored = async (id: string) => (await w.db.dataSource.query(`SELECT version, personal, sections FROM profiles WHERE id = $1`, [id]))[0];
  const events = (id: string) => w.db.dataSource.query(`SELECT queue, type, payload FROM outbox WHERE payload->>'profileId' = $1 ORDER BY id`, [id]);

  it('stores exactly what the JSON merge computes, section forms included', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const patches = [
      { availability: { words: { days: ['weekend'], periods: ['evening'] } }, careDuties: null },
      { location: { regionCode: 'EC-G', lat: -2.189412, lon: -79.889066 }, skills: [], limitedMobility: true },
      { careDuties: { words: { days: ['mon', 'tue'], periods: ['morning'] }, kinds: ['children'] }, transport: null, earliestStart: null },
    ];
    for (const patch of patches) {
      const before = await stored(id);
      const expected = mergeProfile(before, patch as never, new Date());
      await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).send(patch).expect(200);
      const after = await stored(id);
      expect(after.sections).toEqual(expected.sections);
      expect(after.personal).toEqual(before.personal);
      expect(after.version).toBe(before.version + 1);
    }
  });

  it('sets and removes contact data', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const set = await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).send({ personal: { displayName: 'Nueva' } }).expect(200);
    expect(set.body.personal).toEqual({ displayName: 'Nueva' });
    const removed = await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).send({ personal: null }).expect(200);
    expect(removed.body.personal).toBeNull();
    expect((await stored(id)).personal).toBeNull();
    expect(removed.body.skills).toHaveLength(fullProfile().skills.length);
  });

  it('writes one profile.changed event per change, shaped and queued as the outbox writer does', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const res = await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).send({ limitedMobility: true }).expect(200);
    expect(res.body.version).toBe(2);
    const [created, patched] = await events(id);
    expect(patched).toEqual({ queue: created.queue, type: 'profile.changed', payload: { type: 'profile.changed', profileId: id, version: 2 } });
  });

  it('writes nothing for another organisation (404), a stale or a future If-Match (409), or an employer (403)', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const before = await stored(id);
    await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerB)).send({ limitedMobility: true }).expect(404);
    await w.http().patch(`/profiles/00000000-0000-4000-8000-000000000000`).set(bearer(w.admin)).send({ limitedMobility: true }).expect(404);
    for (const version of ['0', '2']) {
      const res = await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).set('If-Match', `"${version}"`).send({ limitedMobility: true }).expect(409);
      expect(res.body.error).toMatchObject({ code: 'version_mismatch', message: `The profile is at version 1, not ${version}` });
    }
    await w.http().patch(`/profiles/${id}`).set(bearer(w.employer)).send({ limitedMobility: true }).expect(403);
    expect(await stored(id)).toEqual(before);
    expect(await events(id)).toHaveLength(1);
    // The admin reaches every organisation's profile; If-Match at the current version applies.
    await w.http().patch(`/profiles/${id}`).set(bearer(w.admin)).set('If-Match', '"1"').send({ limitedMobility: true }).expect(200);
    expect(await events(id)).toHaveLength(2);
  });

  it('lets concurrent If-Match writers at the same version through one at a time: one 200, the rest 409', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).set('If-Match', '"1"').send({ transport: { modes: ['walk'], maxCommuteMinutes: 10 + i, canUseTransportAllowance: false } })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await stored(id)).version).toBe(2);
    expect(await events(id)).toHaveLength(2);
  });
});
