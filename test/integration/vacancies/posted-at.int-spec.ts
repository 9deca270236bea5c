import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreatedApiKey, ImportItemResult } from '@app/contracts';
import { bearer } from '../../support/app';
import { createOpportunity, employerKey, outbox, startVacancyService, type VacancyHarness } from './harness';

const FIXTURE = join(__dirname, '..', '..', 'fixtures', 'schemaorg', 'warehouse-jobposting.jsonld');
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * `postedAt` (schema.org datePosted): the creation day unless given, never in the future, settable by
 * PATCH, imported from and exported as `datePosted`; bad input is a 400 in the error envelope with the
 * field path (imports: the item is rejected with it). What it does to demand: test/integration/demand.
 */
describe('opportunities: postedAt / datePosted', () => {
  let h: VacancyHarness;
  let employer: CreatedApiKey;
  const importDoc = async (doc: object): Promise<ImportItemResult[]> => (await h.http().post('/opportunities/import').set(bearer(employer)).send(doc).expect(200)).body.items;
  const get = async (id: string) => (await h.http().get(`/opportunities/${id}`).set(bearer(employer)).expect(200)).body;

  beforeAll(async () => {
    h = await startVacancyService('postedat');
    employer = await employerKey(h, 'Bodegas');
  });
  afterAll(() => h?.close());

  it('defaults to the creation day (UTC), keeps a given day, and the column holds it', async () => {
    const plain = await createOpportunity(h, employer);
    expect(plain).toMatchObject({ postedAt: day(0) });
    const [{ created }] = await h.db.dataSource.query(`SELECT (created_at AT TIME ZONE 'UTC')::date::text AS created FROM opportunities WHERE id = $1`, [plain.id]);
    expect(created).toBe(day(0));
    const given = await createOpportunity(h, employer, { postedAt: '2026-01-10' });
    expect(given).toMatchObject({ postedAt: '2026-01-10' });
    const [{ posted_at }] = await h.db.dataSource.query(`SELECT posted_at::text FROM opportunities WHERE id = $1`, [given.id]);
    expect(posted_at).toBe('2026-01-10');
  });

  it('a malformed or future day is a 400 with the field path, and nothing is written', async () => {
    const count = async () => (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM opportunities`))[0].n as number;
    const before = await count();
    for (const [postedAt, message] of [
      ['10/01/2026', 'must be a date YYYY-MM-DD'],
      ['2026-02-30', 'must be a date YYYY-MM-DD'],
      [day(3), 'must not be in the future'],
    ]) {
      const res = await h.http().post('/opportunities').set(bearer(employer)).send({ kind: 'job', title: 'Bodeguero/a', mode: 'remote', postedAt }).expect(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', details: [{ path: 'postedAt', message }] });
    }
    expect(await count()).toBe(before);
  });

  it('PATCH sets it (a version bump and an event); a future day or null is a 400; other changes keep it', async () => {
    const o = await createOpportunity(h, employer, { postedAt: '2026-01-10' });
    const up = await h.http().patch(`/opportunities/${o.id}`).set(bearer(employer)).send({ postedAt: '2025-12-01' }).expect(200);
    expect(up.body).toMatchObject({ postedAt: '2025-12-01', version: 2 });
    expect((await outbox(h, 'opportunity.changed', 'opportunityId', o.id)).map((r) => r.payload.version)).toEqual([1, 2]);
    const future = await h.http().patch(`/opportunities/${o.id}`).set(bearer(employer)).send({ postedAt: day(10) }).expect(400);
    expect(future.body.error.details).toEqual([expect.objectContaining({ path: 'postedAt', message: 'must not be in the future' })]);
    expect((await h.http().patch(`/opportunities/${o.id}`).set(bearer(employer)).send({ postedAt: null }).expect(400)).body.error.details[0].path).toBe('postedAt');
    expect((await h.http().patch(`/opportunities/${o.id}`).set(bearer(employer)).send({ capacity: 9 }).expect(200)).body).toMatchObject({ postedAt: '2025-12-01', capacity: 9 });
  });

  it('the OpenAPI document comes from the same schemas: postedAt on create and update; the replacements response with reasons and skipped', async () => {
    const schemas = (await h.http().get('/openapi.json').expect(200)).body.components.schemas;
    expect(schemas.CreateOpportunity.properties.postedAt).toMatchObject({ type: 'string', format: 'date' });
    expect(schemas.UpdateOpportunity.properties.postedAt).toMatchObject({ type: 'string', format: 'date' });
    expect(schemas.CreateOpportunity.required).not.toContain('postedAt');
    const replacements = schemas.Replacements;
    expect(Object.keys(replacements.properties)).toEqual(expect.arrayContaining(['canStartBy', 'language', 'skipped', 'skippedExplanation']));
    expect(Object.keys(replacements.properties.skipped.properties).sort()).toEqual(['cannotStartInWindow', 'droppedOut', 'holdsSeat', 'notEligible', 'placedElsewhere']);
    expect(replacements.properties.items.items).toEqual({ $ref: '#/components/schemas/Replacement' });
    expect(Object.keys(schemas.Replacement.properties)).toEqual(expect.arrayContaining(['reason', 'explanation', 'source', 'waitingListPosition']));
  });

  it('imports datePosted, exports it back unchanged; an item without it keeps the stored day; a future one is rejected', async () => {
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const [item] = await importDoc(doc);
    expect(item.outcome).toBe('created');
    expect(await get(item.opportunityId!)).toMatchObject({ postedAt: '2026-01-10' });
    const exported = (await h.http().get(`/opportunities/${item.opportunityId}/jsonld`).set(bearer(employer)).expect(200)).body;
    expect(exported.datePosted).toBe('2026-01-10');
    expect((await importDoc(exported))[0]).toMatchObject({ outcome: 'unchanged' });

    // The feed leaves datePosted out: not a change (the stored day stays).
    const { datePosted: _dropped, ...withoutDate } = doc;
    expect((await importDoc(withoutDate))[0]).toMatchObject({ outcome: 'unchanged', opportunityId: item.opportunityId });
    // A new posting without it: the import day.
    const [fresh] = await importDoc({ ...withoutDate, identifier: 'logistica-andina:WH-2032' });
    expect(await get(fresh.opportunityId!)).toMatchObject({ postedAt: day(0) });
    // A DateTime counts by its date; a future day is refused like a POST; text that is no date is ignored with a warning.
    const [changed] = await importDoc({ ...doc, datePosted: '2025-11-30T08:00:00-05:00' });
    expect(changed.outcome).toBe('updated');
    expect(await get(item.opportunityId!)).toMatchObject({ postedAt: '2025-11-30' });
    const [future] = await importDoc({ ...doc, identifier: 'logistica-andina:WH-2033', datePosted: day(5) });
    expect(future).toMatchObject({ outcome: 'rejected', opportunityId: null, reason: 'invalid: postedAt: must not be in the future' });
    const [vague] = await importDoc({ ...doc, identifier: 'logistica-andina:WH-2034', datePosted: 'ayer' });
    expect(vague).toMatchObject({ outcome: 'created', warnings: ['datePosted "ayer" is not a date; ignored'] });
  });
});
