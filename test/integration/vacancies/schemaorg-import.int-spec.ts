import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CreatedApiKey, ImportItemResult } from '@app/contracts';
import { bearer } from '../../support/app';
import { caseManagerKey, employerKey, startVacancyService, type VacancyHarness } from './harness';

const OWN = join(__dirname, '..', '..', 'fixtures', 'schemaorg');
const SHARED = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'schemaorg-jobposting');
const readDir = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.jsonld'))
    .sort()
    .map((f) => ({ file: f, doc: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
const SUPPORTED = ['JobPosting', 'WorkBasedProgram', 'EducationalOccupationalProgram'];

describe('schema.org JSON-LD import and export', () => {
  let h: VacancyHarness;
  let employer: CreatedApiKey;
  const importDoc = async (doc: object, key = employer): Promise<ImportItemResult[]> => (await h.http().post('/opportunities/import').set(bearer(key)).send(doc).expect(200)).body.items;
  const opportunityCount = async () => (await h.db.dataSource.query(`SELECT count(*)::int AS n FROM opportunities`))[0].n as number;

  beforeAll(async () => {
    h = await startVacancyService('schemaorg');
    employer = await employerKey(h, 'Importer');
  });
  afterAll(() => h?.close());

  it('imports the committed fixtures field by field, rejects what is not a posting with its reason', async () => {
    const [job] = await importDoc(JSON.parse(readFileSync(join(OWN, 'warehouse-jobposting.jsonld'), 'utf8')));
    expect(job).toMatchObject({ outcome: 'created', externalId: 'logistica-andina:WH-2031', warnings: [] });
    const o = (await h.http().get(`/opportunities/${job.opportunityId}`).set(bearer(employer)).expect(200)).body;
    expect(o).toMatchObject({
      kind: 'job',
      status: 'open',
      organisationId: employer.organisationId,
      title: 'Auxiliar de bodega (turno mañana)',
      occupation: { iscoCode: '9333' },
      location: { regionCode: 'EC-P', lat: -0.2298, lon: -78.5249 },
      mode: 'on_site',
      capacity: 3,
      hoursPerWeek: 40,
      employmentTypes: ['full_time', 'temporary'],
      startDate: '2099-04-15',
      applicationDeadline: '2099-03-31',
      postedAt: '2026-01-10',
      minEqf: 4,
      minExperienceMonths: 6,
      acceptsUnrecognisedCredentials: true,
      supports: { pay: { kind: 'wage', amount: 2.9, currency: 'USD', period: 'hour' } },
      essentialSkills: [
        { uri: 'http://data.europa.eu/esco/skill/00000000-0000-0000-0000-00000000f0f1', label: 'operate forklift', level: 'intermediate' },
        { label: 'inventario', level: 'intermediate' },
        { label: 'atención al detalle', level: 'intermediate' },
      ],
    });

    const [programme] = await importDoc(JSON.parse(readFileSync(join(OWN, 'bakery-workbasedprogram.jsonld'), 'utf8')));
    expect(programme).toMatchObject({ outcome: 'created', externalId: 'https://example.org/programmes/panaderia-dual-2099' });
    const p = (await h.http().get(`/opportunities/${programme.opportunityId}`).set(bearer(employer)).expect(200)).body;
    expect(p).toMatchObject({
      kind: 'apprenticeship',
      capacity: 4,
      durationWeeks: 53,
      certificate: { name: 'Panadero', recognisedBy: 'SETEC' },
      supports: { pay: { kind: 'wage', amount: 300, currency: 'USD', period: 'month' } },
      location: { regionCode: 'EC-P' },
    });

    const mixed = await importDoc(JSON.parse(readFileSync(join(OWN, 'mixed-graph.jsonld'), 'utf8')));
    expect(mixed.map((i) => [i.outcome, i.reason])).toEqual([
      ['created', null],
      ['rejected', 'not a JobPosting, WorkBasedProgram or EducationalOccupationalProgram: @type Organization'],
      ['rejected', 'JobPosting without a title (neither title nor name is given)'],
      ['created', null],
    ]);
    const remote = (await h.http().get(`/opportunities/${mixed[0].opportunityId}`).set(bearer(employer)).expect(200)).body;
    expect(remote).toMatchObject({ mode: 'remote', status: 'open', hoursPerWeek: 20, employmentTypes: ['part_time'], supports: { pay: { amount: 9000, currency: 'EUR', period: 'year' } } });
    expect(mixed[3].warnings).toEqual(['imported as closed: validThrough 2020-06-30 has passed']);
  });

  it('re-imports idempotently: same documents -> unchanged, an edit -> updated with a new version, never a duplicate', async () => {
    const before = await opportunityCount();
    for (const { doc } of readDir(OWN)) for (const item of await importDoc(doc)) expect(['unchanged', 'rejected']).toContain(item.outcome);
    expect(await opportunityCount()).toBe(before);

    const edited = JSON.parse(readFileSync(join(OWN, 'warehouse-jobposting.jsonld'), 'utf8'));
    edited.totalJobOpenings = 6;
    const [item] = await importDoc(edited);
    expect(item.outcome).toBe('updated');
    const o = (await h.http().get(`/opportunities/${item.opportunityId}`).set(bearer(employer)).expect(200)).body;
    expect(o).toMatchObject({ capacity: 6, version: 2 });
    expect(await opportunityCount()).toBe(before);
    const events = await h.db.dataSource.query(`SELECT payload->>'version' AS v FROM outbox WHERE type = 'opportunity.changed' AND payload->>'opportunityId' = $1 ORDER BY id`, [item.opportunityId]);
    expect(events.map((e: { v: string }) => e.v)).toEqual(['1', '2']);

    // The same identifier from another employer is that employer's own posting.
    const other = await employerKey(h, 'Other importer');
    const [theirs] = await importDoc(edited, other);
    expect(theirs.outcome).toBe('created');
    expect(theirs.opportunityId).not.toBe(item.opportunityId);
  });

  it('exports JSON-LD that imports back unchanged', async () => {
    // (the re-import above ended with the original document again: 3 openings)
    const [item] = await importDoc(JSON.parse(readFileSync(join(OWN, 'warehouse-jobposting.jsonld'), 'utf8')));
    const exported = await h.http().get(`/opportunities/${item.opportunityId}/jsonld`).set(bearer(employer)).expect(200);
    expect(exported.headers['content-type']).toMatch(/application\/ld\+json/);
    expect(exported.body).toMatchObject({ '@context': 'https://schema.org', '@type': 'JobPosting', identifier: 'logistica-andina:WH-2031', datePosted: '2026-01-10', totalJobOpenings: 3, hiringOrganization: { name: 'Importer' } });
    expect((await importDoc(exported.body))[0]).toMatchObject({ outcome: 'unchanged', opportunityId: item.opportunityId });
  });

  it('answers 400 for a body that is not JSON-LD objects, and closes import to case managers', async () => {
    expect((await h.http().post('/opportunities/import').set(bearer(employer)).send([]).expect(400)).body.error.code).toBe('validation_failed');
    await h.http().post('/opportunities/import').set(bearer(employer)).send([{ '@type': 5 }]).expect(400);
    const cm = await caseManagerKey(h);
    await h.http().post('/opportunities/import').set(bearer(cm)).send({ '@type': 'JobPosting', title: 'x' }).expect(403);
  });

  const shared = existsSync(SHARED) ? readDir(SHARED) : [];
  (shared.length ? it : it.skip)(`imports or rejects with a reason every shared schema.org example (${shared.length} files in ../shared/data)`, async () => {
    const before = await opportunityCount();
    let created = 0;
    for (const { file, doc } of shared) {
      const [item] = await importDoc(doc);
      const types = ([] as string[]).concat(doc['@type']);
      if (types.some((t) => SUPPORTED.includes(t))) {
        expect({ file, outcome: item.outcome, reason: item.reason }).toEqual({ file, outcome: 'created', reason: null });
        created++;
      } else {
        expect({ file, outcome: item.outcome }).toEqual({ file, outcome: 'rejected' });
        expect(item.reason).toContain(`@type ${types.join(', ')}`);
      }
    }
    expect(await opportunityCount()).toBe(before + created);
    for (const { doc } of shared) expect(['unchanged', 'rejected']).toContain((await importDoc(doc))[0].outcome);
    expect(await opportunityCount()).toBe(before + created);
  });
});
