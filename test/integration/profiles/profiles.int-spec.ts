import { bearer, createProfile, fullProfile, OCCUPATION, SKILL, startProfilesWorld, type ProfilesWorld } from './fixtures';

const MORNING = [6, 7, 8, 9, 10, 11];

describe('profiles: round trip, validation, access, merge, pagination', () => {
  let w: ProfilesWorld;

  beforeAll(async () => {
    w = await startProfilesWorld('profiles');
  });
  afterAll(async () => {
    await w?.close();
  });

  const paths = (body: { error: { details: { path: string }[] } }) => body.error.details.map((d) => d.path).sort();

  it('round-trips every section and returns both availability forms', async () => {
    const created = await w.http().post('/profiles').set(bearer(w.caseManagerA)).send(fullProfile()).expect(201);
    expect(created.headers.etag).toBe('"1"');
    const res = await w.http().get(`/profiles/${created.body.id}`).set(bearer(w.caseManagerA)).expect(200);
    const input = fullProfile();
    expect(res.body).toEqual({
      id: created.body.id,
      organisationId: w.caseManagerA.organisationId,
      version: 1,
      status: 'active',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      personal: input.personal,
      skills: input.skills,
      experience: input.experience,
      qualifications: input.qualifications,
      languages: input.languages,
      // Coordinates are kept coarse: rounded to 2 decimals (~1 km).
      location: { regionCode: 'EC-P', lat: -0.18, lon: -78.47 },
      transport: input.transport,
      availability: {
        hours: { mon: MORNING, tue: MORNING, wed: MORNING, thu: MORNING, fri: MORNING, sat: [], sun: [] },
        words: { days: ['weekdays'], periods: ['morning'] },
        wordsExact: true,
      },
      careDuties: {
        hours: { mon: [15, 16, 17], tue: [], wed: [15, 16, 17], thu: [], fri: [], sat: [], sun: [] },
        words: { days: ['mon', 'wed'], periods: ['afternoon'] },
        wordsExact: false,
        kinds: ['children'],
      },
      digitalAccess: input.digitalAccess,
      limitedMobility: false,
      needsIncomeDuringTraining: true,
      earliestStart: '2025-09-01',
      aspirations: input.aspirations,
      consent: { scopes: ['matching', 'visible_to_employers'], givenAt: '2025-05-20', withdrawnAt: null, withdrawable: true },
    });
    // A section read back can be sent again unchanged (the grid wins over the words).
    await w.http().patch(`/profiles/${created.body.id}`).set(bearer(w.caseManagerA)).send({ availability: res.body.availability, careDuties: res.body.careDuties }).expect(200);
  });

  it('answers 400 with field paths and writes nothing for bad CEFR, unknown fields, oversize arrays, malformed URIs and bad dates', async () => {
    const before = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM profiles`);
    const bad = async (body: object) => (await w.http().post('/profiles').set(bearer(w.caseManagerA)).send(body).expect(400)).body;

    const cefr = await bad({ languages: [{ tag: 'es', level: 'native' }, { tag: 'kmr', level: 'B3' }] });
    expect(cefr.error.code).toBe('validation_failed');
    expect(paths(cefr)).toEqual(['languages.1.level']);
    expect(paths(await bad({ languages: [{ tag: 'es', level: 'B1', skills: { speaking: 'D1' } }] }))).toEqual(['languages.0.skills.speaking']);
    expect(paths(await bad({ nickname: 'x', skills: [{ label: 'x', level: 'basic', evidence: 'assessed', colour: 'red' }] }))).toEqual(['nickname', 'skills.0.colour']);
    const tooMany = Array.from({ length: 201 }, () => ({ label: 'cocina', level: 'basic', evidence: 'self_declared' }));
    expect(paths(await bad({ skills: tooMany }))).toEqual(['skills']);
    expect(paths(await bad({ skills: [{ label: 'x'.repeat(201), level: 'basic', evidence: 'assessed' }] }))).toEqual(['skills.0.label']);
    expect(paths(await bad({ skills: [{ concept: 'http://example.org/skill/1', level: 'basic', evidence: 'assessed' }] }))).toEqual(['skills.0.concept']);
    expect(paths(await bad({ experience: [{ occupation: SKILL, months: 3, formality: 'formal' }] }))).toEqual(['experience.0.occupation']);
    expect(paths(await bad({ earliestStart: '2026-02-30' }))).toEqual(['earliestStart']);
    expect(paths(await bad({ consent: { scopes: ['matching'], givenAt: '2025-13-01' } }))).toEqual(['consent.givenAt']);
    expect(paths(await bad({ qualifications: [{ title: 'x', eqf: 9, recognition: 'recognised' }] }))).toEqual(['qualifications.0.eqf']);
    expect(paths(await bad({ languages: [{ tag: 'not a tag', level: 'A1' }] }))).toEqual(['languages.0.tag']);

    const after = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM profiles`);
    expect(after[0].n).toBe(before[0].n);

    const { id } = await createProfile(w, w.caseManagerA);
    expect(paths((await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).send({ skills: [{ level: 'basic', evidence: 'assessed' }] }).expect(400)).body)).toEqual(['skills.0.label']);
    expect(paths((await w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).send({}).expect(400)).body)).toEqual(['(root)']);
    const [row] = await w.db.dataSource.query(`SELECT version FROM profiles WHERE id = $1`, [id]);
    expect(row.version).toBe(1);
  });

  it('hides another organisation’s profile (404) and closes every /profiles endpoint to employers and organisers (403)', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const b = bearer(w.caseManagerB);
    await w.http().get(`/profiles/${id}`).set(b).expect(404);
    await w.http().patch(`/profiles/${id}`).set(b).send({ limitedMobility: true }).expect(404);
    await w.http().delete(`/profiles/${id}`).set(b).expect(404);
    await w.http().get(`/profiles/${id}/export`).set(b).expect(404);
    await w.http().post(`/profiles/${id}/consent/withdraw`).set(b).send({}).expect(404);
    // Same answer as for a profile that does not exist at all: no existence leak.
    const missing = await w.http().get(`/profiles/00000000-0000-4000-8000-000000000000`).set(b).expect(404);
    const other = await w.http().get(`/profiles/${id}`).set(b).expect(404);
    // (Each answer carries its own request id.)
    const withoutRequestId = (body: { error: Record<string, unknown> }) => ({ ...body, error: { ...body.error, requestId: undefined } });
    expect(withoutRequestId(other.body)).toEqual(withoutRequestId(missing.body));
    expect(other.body.error.requestId).toEqual(expect.any(String));
    const listB = await w.http().get('/profiles').query({ limit: 200 }).set(b).expect(200);
    expect(listB.body.items.map((p: { id: string }) => p.id)).not.toContain(id);

    for (const key of [w.employer, w.organiser]) {
      await w.http().get(`/profiles/${id}`).set(bearer(key)).expect(403);
      await w.http().get('/profiles').set(bearer(key)).expect(403);
      await w.http().post('/profiles').set(bearer(key)).send({}).expect(403);
      await w.http().patch(`/profiles/${id}`).set(bearer(key)).send({ limitedMobility: true }).expect(403);
      await w.http().delete(`/profiles/${id}`).set(bearer(key)).expect(403);
      await w.http().get(`/profiles/${id}/export`).set(bearer(key)).expect(403);
    }
    await w.http().get(`/profiles/${id}`).set(bearer(w.admin)).expect(200);
  });

  it('merges top-level sections, removes a section with null and honours If-Match', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const a = bearer(w.caseManagerA);
    const res = await w.http().patch(`/profiles/${id}`).set(a).set('If-Match', '"1"').send({ transport: null, limitedMobility: true }).expect(200);
    expect(res.body).toMatchObject({ version: 2, transport: null, limitedMobility: true, skills: fullProfile().skills });
    expect(res.headers.etag).toBe('"2"');
    const stale = await w.http().patch(`/profiles/${id}`).set(a).set('If-Match', '1').send({ limitedMobility: false }).expect(409);
    expect(stale.body.error.code).toBe('version_mismatch');
    await w.http().patch(`/profiles/${id}`).set(a).set('If-Match', 'yesterday').send({ limitedMobility: false }).expect(400);
    const events = await w.db.dataSource.query(`SELECT payload FROM outbox WHERE type = 'profile.changed' AND payload->>'profileId' = $1 ORDER BY id`, [id]);
    expect(events.map((e: { payload: { version: number } }) => e.payload.version)).toEqual([1, 2]);
  });

  it('loses no field when 20 partial updates of different sections run at once', async () => {
    const { id } = await createProfile(w, w.caseManagerA, { personal: { displayName: 'Concurrent' } });
    const patches: object[] = [
      { skills: [{ concept: SKILL, level: 'basic', evidence: 'certified' }] },
      { experience: [{ occupation: OCCUPATION, months: 12, formality: 'formal' }] },
      { qualifications: [{ title: 'Curso de panadería', eqf: 3, recognition: 'recognised' }] },
      { languages: [{ tag: 'ckb', level: 'native' }] },
      { location: { regionCode: 'ES-MD' } },
      { transport: { modes: ['bicycle'], maxCommuteMinutes: 30, canUseTransportAllowance: false } },
      { availability: { words: { days: ['weekend'], periods: ['evening'] } } },
      { careDuties: { words: { days: ['mon'], periods: ['afternoon'] } } },
      { digitalAccess: { device: 'computer', connectivity: 'broadband' } },
      { limitedMobility: true },
      { needsIncomeDuringTraining: false },
      { earliestStart: '2026-01-15' },
      { aspirations: { preferredPathway: 'training' } },
      { consent: { scopes: ['matching'], givenAt: '2025-06-01' } },
      { personal: { displayName: 'Concurrent', email: 'c@example.org' } },
    ];
    while (patches.length < 20) patches.push({ languages: [{ tag: 'ckb', level: 'native' }] });
    const results = await Promise.all(patches.map((body) => w.http().patch(`/profiles/${id}`).set(bearer(w.caseManagerA)).send(body)));
    expect(results.map((r) => r.status)).toEqual(patches.map(() => 200));

    const p = (await w.http().get(`/profiles/${id}`).set(bearer(w.caseManagerA)).expect(200)).body;
    expect(p.version).toBe(21);
    expect(p.skills).toHaveLength(1);
    expect(p.experience).toHaveLength(1);
    expect(p.qualifications).toHaveLength(1);
    expect(p.languages).toEqual([{ tag: 'ckb', level: 'native' }]);
    expect(p.location).toEqual({ regionCode: 'ES-MD' });
    expect(p.transport).not.toBeNull();
    expect(p.availability.words).toEqual({ days: ['weekend'], periods: ['evening'] });
    expect(p.careDuties.words).toEqual({ days: ['mon'], periods: ['afternoon'] });
    expect(p.digitalAccess).toEqual({ device: 'computer', connectivity: 'broadband' });
    expect(p).toMatchObject({ limitedMobility: true, needsIncomeDuringTraining: false, earliestStart: '2026-01-15', aspirations: { preferredPathway: 'training' } });
    expect(p.consent.scopes).toEqual(['matching']);
    expect(p.personal).toEqual({ displayName: 'Concurrent', email: 'c@example.org' });
    const versions = await w.db.dataSource.query(`SELECT (payload->>'version')::int AS v FROM outbox WHERE type = 'profile.changed' AND payload->>'profileId' = $1 ORDER BY 1`, [id]);
    expect(versions.map((r: { v: number }) => r.v)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('withdraws consent, announces it in the outbox and removes the profile from consent-filtered lists', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const a = bearer(w.caseManagerA);
    const partial = await w.http().post(`/profiles/${id}/consent/withdraw`).set(a).send({ scopes: ['visible_to_employers'] }).expect(200);
    expect(partial.body.consent).toMatchObject({ scopes: ['matching'], givenAt: '2025-05-20', withdrawnAt: expect.any(String), withdrawable: true });
    const all = await w.http().post(`/profiles/${id}/consent/withdraw`).set(a).expect(200);
    expect(all.body.consent.scopes).toEqual([]);
    expect(all.body.version).toBe(3);

    const rows = await w.db.dataSource.query(`SELECT type, payload FROM outbox WHERE payload->>'profileId' = $1 AND type = 'profile.consent_withdrawn' ORDER BY id`, [id]);
    expect(rows.map((r: { payload: object }) => r.payload)).toEqual([
      { type: 'profile.consent_withdrawn', profileId: id, version: 2, scopes: ['visible_to_employers'] },
      { type: 'profile.consent_withdrawn', profileId: id, version: 3, scopes: ['matching'] },
    ]);
    // Withdrawing what is already withdrawn changes nothing and announces nothing.
    await w.http().post(`/profiles/${id}/consent/withdraw`).set(a).expect(200);
    const count = await w.db.dataSource.query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'profileId' = $1`, [id]);
    expect(count[0].n).toBe(5); // 3 x profile.changed + 2 x consent_withdrawn

    const listed = await w.http().get('/profiles').query({ consent: 'matching', limit: 200 }).set(a).expect(200);
    expect(listed.body.items.map((p: { id: string }) => p.id)).not.toContain(id);
  });

  it('erases personal data (row and restricted record scrubbed in the database), emits profile.erased, and later reads are 404', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const a = bearer(w.caseManagerA);
    await w.http().put(`/profiles/${id}/restricted`).set(a).send({ authorisationKind: 'refugee', nationality: 'AF', gender: 'female', dateOfBirth: '1994-03-02', notes: 'arrived 2023' }).expect(200);
    await w.http().delete(`/profiles/${id}`).set(a).expect(204);

    const [row] = await w.db.dataSource.query(`SELECT * FROM profiles WHERE id = $1`, [id]);
    expect(row).toMatchObject({ id, status: 'erased', personal: null, sections: {}, idempotency_key: null, request_hash: null, organisation_id: w.caseManagerA.organisationId });
    expect(row.erased_at).toBeInstanceOf(Date);
    const raw = JSON.stringify(row);
    for (const value of ['Mayerlin', 'mayerlin@example.org', '4567', 'EC-P', 'repostería', 'Bachiller']) expect(raw).not.toContain(value);
    expect(await w.db.dataSource.query(`SELECT * FROM profile_restricted WHERE profile_id = $1`, [id])).toEqual([]);
    const audit = JSON.stringify(await w.db.dataSource.query(`SELECT * FROM audit_log WHERE subject_id = $1`, [id]));
    for (const value of ['AF', 'female', '1994', 'arrived']) expect(audit).not.toContain(value);

    const erased = await w.db.dataSource.query(`SELECT payload FROM outbox WHERE type = 'profile.erased' AND payload->>'profileId' = $1`, [id]);
    expect(erased).toEqual([{ payload: { type: 'profile.erased', profileId: id } }]);

    await w.http().get(`/profiles/${id}`).set(a).expect(404);
    await w.http().get(`/profiles/${id}`).set(bearer(w.admin)).expect(404);
    await w.http().get(`/profiles/${id}/restricted`).set(a).expect(404);
    await w.http().get(`/profiles/${id}/export`).set(a).expect(404);
    await w.http().patch(`/profiles/${id}`).set(a).send({ limitedMobility: true }).expect(404);
    await w.http().delete(`/profiles/${id}`).set(a).expect(404);
    // The database itself refuses an erased row that holds data again.
    await expect(w.db.dataSource.query(`UPDATE profiles SET personal = '{"displayName":"x"}' WHERE id = $1`, [id])).rejects.toThrow(/profiles_erased_is_scrubbed/);
  });

  it('returns every profile exactly once across pages, in a stable order, with filters', async () => {
    const key = bearer(w.caseManagerB);
    const ids: string[] = [];
    // Several rows share one created_at (one transaction): the id breaks the tie.
    await w.db.dataSource.transaction(async (m) => {
      for (let i = 0; i < 7; i++) {
        const [r] = await m.query(`INSERT INTO profiles (organisation_id, sections) VALUES ($1, $2) RETURNING id`, [w.caseManagerB.organisationId, { location: { regionCode: 'EC-G' } }]);
        ids.push(r.id);
      }
    });
    for (let i = 0; i < 16; i++) ids.push((await createProfile(w, w.caseManagerB, i % 2 ? { location: { regionCode: 'EC-G' }, skills: [{ concept: SKILL, level: 'basic', evidence: 'assessed' }] } : {})).id);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const res = await w.http().get('/profiles').query({ limit: 5, ...(cursor ? { cursor } : {}) }).set(key).expect(200);
      seen.push(...res.body.items.map((p: { id: string }) => p.id));
      cursor = res.body.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...ids].sort());

    const region = await w.http().get('/profiles').query({ region: 'EC-G', limit: 200 }).set(key).expect(200);
    expect(region.body.items).toHaveLength(15);
    const skill = await w.http().get('/profiles').query({ skill: SKILL, region: 'EC-G' }).set(key).expect(200);
    expect(skill.body.items).toHaveLength(8);
    await w.http().get('/profiles').query({ cursor: 'garbage' }).set(key).expect(400);
    await w.http().get('/profiles').query({ limit: 0 }).set(key).expect(400);
    // The admin sees every organisation's profiles.
    const adminAll = await w.http().get('/profiles').query({ limit: 200 }).set(bearer(w.admin)).expect(200);
    const orgs = new Set(adminAll.body.items.map((p: { organisationId: string }) => p.organisationId));
    expect(orgs).toEqual(new Set([w.caseManagerA.organisationId, w.caseManagerB.organisationId]));
  });

  it('makes POST retries safe with an Idempotency-Key', async () => {
    const a = bearer(w.caseManagerA);
    const first = await w.http().post('/profiles').set(a).set('Idempotency-Key', 'intake-42').send({ limitedMobility: true }).expect(201);
    const again = await w.http().post('/profiles').set(a).set('Idempotency-Key', 'intake-42').send({ limitedMobility: true }).expect(200);
    expect(again.body.id).toBe(first.body.id);
    const reused = await w.http().post('/profiles').set(a).set('Idempotency-Key', 'intake-42').send({ limitedMobility: false }).expect(409);
    expect(reused.body.error.code).toBe('idempotency_key_reused');
    // Keys are per organisation.
    await w.http().post('/profiles').set(bearer(w.caseManagerB)).set('Idempotency-Key', 'intake-42').send({ limitedMobility: true }).expect(201);
  });

  it('documents the endpoints and their bodies in OpenAPI', async () => {
    const doc = (await w.http().get('/openapi.json').expect(200)).body;
    for (const path of ['/profiles', '/profiles/{id}', '/profiles/{id}/restricted', '/profiles/{id}/export', '/profiles/{id}/consent/withdraw']) expect(doc.paths[path]).toBeDefined();
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['CreateProfile', 'PatchProfile', 'RestrictedRecordInput', 'Profile']));
  });
});
