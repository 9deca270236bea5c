import { allowWork, bearer, createOpportunity, createProfile, currentVersion, job, startWorld, waitFor, type World } from './scorer-harness';

jest.setTimeout(120000);

/**
 * A GET of recommendations after a change ranks the person at the version it read without waiting for the
 * scorer's outbox tail (ScorerIndex.syncPerson): the scorer here polls the outbox once a minute, so only
 * the request's own read of the person can make these answers fresh within the test.
 */
describe('ranking on request, ahead of the outbox tail', () => {
  let w: World;
  let cashierJob: string;

  beforeAll(async () => {
    w = await startWorld('requestrank', { OUTBOX_POLL_MS: '60000' });
    cashierJob = (await createOpportunity(w, job())).id;
    // Restarted so its index is loaded with the vacancy (the tail would take up to a minute).
    await w.scorer.stop();
    await w.scorer.start();
  }, 120000);
  afterAll(() => w?.close());

  const maxOutboxId = async () => Number((await w.db.dataSource.query(`SELECT coalesce(max(id), 0)::int AS id FROM outbox`))[0].id);
  const stored = async (id: string) => (await w.db.dataSource.query(`SELECT profile_version, index_version::int AS index_version FROM match_results WHERE profile_id = $1`, [id]))[0];

  async function fresh(id: string) {
    const version = await currentVersion(w, id);
    return waitFor('fresh recommendations', async () => {
      const r = await w.ps().get(`/profiles/${id}/recommendations`).set(bearer(w.caseManager));
      return r.status === 200 && r.body.profileVersion === version ? r.body : null;
    });
  }

  it('answers at the version just written, ranked from that version, while the tail has not applied it', async () => {
    const p = await createProfile(w);
    await allowWork(w, p.id);
    expect((await fresh(p.id)).items.map((i: { opportunityId: string }) => i.opportunityId)).toContain(cashierJob);

    // Move the person out of reach of the vacancy: the next answer must come from this version.
    const res = await w.ps().patch(`/profiles/${p.id}`).set(bearer(w.caseManager)).send({ location: { regionCode: 'EC-G', lat: -2.19, lon: -79.89 } });
    expect(res.status).toBe(200);
    const changeId = await maxOutboxId();
    const body = await fresh(p.id);
    expect(body.profileVersion).toBe(res.body.version);
    expect(body.items.map((i: { opportunityId: string }) => i.opportunityId)).not.toContain(cashierJob); // Guayaquil: hours away
    // Stored with the tail still before the change: the ranking did not wait for it to be applied.
    const row = await stored(p.id);
    expect(row.profile_version).toBe(res.body.version);
    expect(row.index_version).toBeLessThan(changeId);
  });
});
