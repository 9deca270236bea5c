import { AuditLogService, ProfileRepository } from '@app/persistence';
import { bearer, createProfile, startProfilesWorld, type ProfilesWorld } from './fixtures';

const RECORD = { authorisationKind: 'asylum_seeker', allowsWork: true, expiresOn: '2026-03-31', nationality: 'AF', gender: 'female', dateOfBirth: '1994-03-02', notes: 'interview on 12 May' };
/** Every value of RECORD as it could appear in a row, a log line or a payload. */
const VALUES = ['asylum_seeker', '2026-03-31', 'AF', 'female', '1994', 'interview'];

describe('restricted record: access, audit, append-only log, export, matching view', () => {
  let w: ProfilesWorld;

  beforeAll(async () => {
    w = await startProfilesWorld('restricted');
  });
  afterAll(async () => {
    await w?.close();
  });

  const auditRows = (id: string) => w.db.dataSource.query(`SELECT * FROM audit_log WHERE subject_id = $1 ORDER BY id`, [id]);

  it('is closed to employers and organisers (403), hidden from other organisations (404), open to the owner and admins', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    await w.http().put(`/profiles/${id}/restricted`).set(bearer(w.caseManagerA)).send(RECORD).expect(200);
    for (const key of [w.employer, w.organiser]) {
      await w.http().get(`/profiles/${id}/restricted`).set(bearer(key)).expect(403);
      await w.http().put(`/profiles/${id}/restricted`).set(bearer(key)).send(RECORD).expect(403);
    }
    await w.http().get(`/profiles/${id}/restricted`).set(bearer(w.caseManagerB)).expect(404);
    await w.http().put(`/profiles/${id}/restricted`).set(bearer(w.caseManagerB)).send(RECORD).expect(404);
    const asAdmin = await w.http().get(`/profiles/${id}/restricted`).set(bearer(w.admin)).expect(200);
    expect(asAdmin.body).toMatchObject({ profileId: id, ...RECORD, allowsTraining: null });
    // Refused calls leave no trace of a disclosure: only the owner's write and the admin's read are logged.
    expect((await auditRows(id)).map((r: { action: string; actor_role: string }) => `${r.actor_role}:${r.action}`)).toEqual(['case_manager:restricted.write', 'admin:restricted.read']);
  });

  it('audits every read and write with who, when and which fields, never the values', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const a = bearer(w.caseManagerA);
    await w.http().get(`/profiles/${id}/restricted`).set(a).expect(404); // nothing recorded yet: the read is still logged
    await w.http().put(`/profiles/${id}/restricted`).set(a).send(RECORD).expect(200);
    const read = await w.http().get(`/profiles/${id}/restricted`).set(a).expect(200);
    expect(read.body).toMatchObject(RECORD);
    await w.http().put(`/profiles/${id}/restricted`).set(a).send({ ...RECORD, notes: undefined, expiresOn: '2026-09-30' }).expect(200);

    const rows = await auditRows(id);
    expect(rows.map((r: { action: string; fields: string[] }) => [r.action, r.fields])).toEqual([
      ['restricted.read', []],
      ['restricted.write', ['authorisationKind', 'allowsWork', 'expiresOn', 'nationality', 'gender', 'dateOfBirth', 'notes']],
      ['restricted.read', ['authorisationKind', 'allowsWork', 'expiresOn', 'nationality', 'gender', 'dateOfBirth', 'notes']],
      ['restricted.write', ['expiresOn', 'notes']],
    ]);
    for (const r of rows) {
      expect(r).toMatchObject({ actor_api_key_id: w.caseManagerA.id, actor_organisation_id: w.caseManagerA.organisationId, actor_role: 'case_manager', subject_type: 'profile', subject_id: id });
      expect(r.at).toBeInstanceOf(Date);
    }
    const serialised = JSON.stringify(rows);
    for (const v of [...VALUES, '2026-09-30']) expect(serialised).not.toContain(v);

    // A restricted change moves the profile version on (eligibility may differ); the event holds ids only.
    const events = await w.db.dataSource.query(`SELECT payload FROM outbox WHERE payload->>'profileId' = $1 ORDER BY id`, [id]);
    expect(events.map((e: { payload: { version: number } }) => e.payload.version)).toEqual([1, 2, 3]);
    for (const v of VALUES) expect(JSON.stringify(events)).not.toContain(v);
  });

  it('records an unchanged PUT as a write of no field, without a new version', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const a = bearer(w.caseManagerA);
    await w.http().put(`/profiles/${id}/restricted`).set(a).send(RECORD).expect(200);
    await w.http().put(`/profiles/${id}/restricted`).set(a).send(RECORD).expect(200);
    expect((await auditRows(id)).map((r: { fields: string[] }) => r.fields.length)).toEqual([7, 0]);
    expect((await w.db.dataSource.query(`SELECT version FROM profiles WHERE id = $1`, [id]))[0].version).toBe(2);
  });

  it('validates the record with field paths', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const res = await w.http().put(`/profiles/${id}/restricted`).set(bearer(w.caseManagerA)).send({ authorisationKind: 'tourist', dateOfBirth: '1990-02-30', nationality: 'afg', religion: 'x' }).expect(400);
    expect(res.body.error.details.map((d: { path: string }) => d.path).sort()).toEqual(['authorisationKind', 'dateOfBirth', 'nationality', 'religion']);
  });

  it('keeps the audit log append-only: UPDATE, DELETE and TRUNCATE through the DataSource fail', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    await w.http().get(`/profiles/${id}/restricted`).set(bearer(w.caseManagerA)).expect(404);
    const ds = w.db.dataSource;
    await expect(ds.query(`UPDATE audit_log SET fields = '{}' WHERE subject_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log WHERE subject_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(ds.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
    await expect(ds.getRepository('AuditLogEntity').delete({ subjectId: id })).rejects.toThrow(/append-only/);
    expect(await auditRows(id)).toHaveLength(1);
    // Values cannot be smuggled in as "field names" either.
    await expect(
      ds.transaction((m) => w.app.get(AuditLogService).append(m, { actor: null, action: 'restricted.read', subjectType: 'profile', subjectId: id, fields: ['gender=female'] })),
    ).rejects.toThrow(/audit_log_fields_check|check constraint/);
  });

  it('exports everything held about the person, including the restricted record and the access log, and audits the export', async () => {
    const { id } = await createProfile(w, w.caseManagerA);
    const a = bearer(w.caseManagerA);
    await w.http().put(`/profiles/${id}/restricted`).set(a).send(RECORD).expect(200);
    const res = await w.http().get(`/profiles/${id}/export`).set(a).expect(200);
    expect(res.body.profile).toMatchObject({ id, personal: { displayName: 'Mayerlin R.' }, languages: expect.any(Array) });
    expect(res.body.restricted).toMatchObject(RECORD);
    expect(res.body.accessLog.map((e: { action: string }) => e.action)).toEqual(['restricted.write', 'profile.export', 'restricted.export']);
    const rows = await auditRows(id);
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['restricted.write', 'profile.export', 'restricted.export']);
    expect(rows[1].fields).toEqual(expect.arrayContaining(['personal', 'skills', 'consent']));
    for (const v of VALUES) expect(JSON.stringify(rows)).not.toContain(v);
  });

  it('gives the matching side derived facts and no restricted value', async () => {
    const withRecord = await createProfile(w, w.caseManagerA);
    const without = await createProfile(w, w.caseManagerB);
    await w.http().put(`/profiles/${withRecord.id}/restricted`).set(bearer(w.caseManagerA)).send(RECORD).expect(200);
    const erased = await createProfile(w, w.caseManagerA);
    await w.http().delete(`/profiles/${erased.id}`).set(bearer(w.caseManagerA)).expect(204);

    const views = await w.app.get(ProfileRepository).loadMatchingView([withRecord.id, without.id, erased.id], '2025-06-01');
    const byId = new Map(views.map((v) => [v.id, v]));
    expect(byId.has(erased.id)).toBe(false);
    expect(byId.get(withRecord.id)!.facts).toEqual({ mayWork: true, mayTrain: true, authorisationKind: 'asylum_seeker', authorisationEndsAt: '2026-03-31', isAdult: true, recorded: true });
    expect(byId.get(without.id)!.facts).toMatchObject({ mayWork: false, recorded: false });
    const serialised = JSON.stringify(views);
    for (const v of ['female', '"AF"', '1994', 'interview', 'Mayerlin', 'mayerlin@example.org']) expect(serialised).not.toContain(v);
    expect(byId.get(withRecord.id)!.sections.availability?.words).toEqual({ days: ['weekdays'], periods: ['morning'] });
  });
});
