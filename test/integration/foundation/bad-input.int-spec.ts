import { bearer, startMatchingWorld, type MatchingWorld } from '../demand/world';
import { job, person } from '../../e2e/scorer-harness';

jest.setTimeout(120000);

/**
 * Bad input is the client's: a body over the size limit is 413, malformed JSON 400, and a NUL character
 * (which PostgreSQL cannot store in text or jsonb) 400 with the field path, on both services, before
 * anything is written.
 */
describe('bad input never gives a 5xx', () => {
  let w: MatchingWorld;
  beforeAll(async () => {
    w = await startMatchingWorld('badinput');
  });
  afterAll(() => w?.close());

  const envelope = { error: { code: expect.any(String), message: expect.any(String), details: expect.any(Array), requestId: expect.any(String) } };
  const count = async (table: string): Promise<number> => Number((await w.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  it('a body over the JSON size limit is 413 payload_too_large on both services', async () => {
    const huge = { ...person(), personal: { displayName: 'x'.repeat(300 * 1024) } };
    const p = await w.ps().post('/profiles').set(bearer(w.caseManager)).send(huge);
    expect({ status: p.status, body: p.body }).toEqual({ status: 413, body: envelope });
    expect(p.body.error.code).toBe('payload_too_large');
    const v = await w.vs().post('/opportunities').set(bearer(w.employer)).send({ ...job(), description: 'y'.repeat(300 * 1024) });
    expect(v.status).toBe(413);
    expect(v.body.error.code).toBe('payload_too_large');
  });

  it('malformed JSON is 400 in the envelope', async () => {
    const res = await w.ps().post('/profiles').set(bearer(w.caseManager)).set('Content-Type', 'application/json').send('{"personal": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual(envelope);
  });

  it('a NUL character anywhere in a body is 400 with its field path, and nothing is written', async () => {
    const profiles = await count('profiles');
    const outbox = await count('outbox');
    const res = await w.ps().post('/profiles').set(bearer(w.caseManager)).send(person({ personal: { displayName: 'Ana\u0000María' } }));
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ path: 'personal.displayName', message: expect.stringContaining('NUL'), code: 'nul_character' }]);
    const opp = await w.vs().post('/opportunities').set(bearer(w.employer)).send(job({ essentialSkills: [{ label: 'caja\u0000', level: 'basic' }] }));
    expect(opp.status).toBe(400);
    expect(opp.body.error.details[0].path).toBe('essentialSkills.0.label');
    // In a key, too.
    const key = await w.ps().post('/profiles').set(bearer(w.caseManager)).send({ ...person(), ['x\u0000']: 1 });
    expect(key.status).toBe(400);
    expect(key.body.error.details[0].code).toBe('nul_character');
    expect(await count('profiles')).toBe(profiles);
    expect(await count('outbox')).toBe(outbox);
  });

  it('a NUL character in a query or a CSV upload is 400 too', async () => {
    const q = await w.ps().get('/profiles?q=ana%00').set(bearer(w.caseManager));
    expect(q.status).toBe(400);
    expect(q.body.error.details[0]).toMatchObject({ path: 'q', code: 'nul_character' });
    const csv = await w.vs().post('/demand/indicators').set(bearer(w.admin)).set('Content-Type', 'text/csv').send('occupation,isco,region,value,source,date\n,5230,EC-P,0.9,Lista\u0000,2025-05-01\n');
    expect(csv.status).toBe(400);
    expect(csv.body.error.details[0]).toMatchObject({ path: 'line.2', code: 'nul_character' });
  });

  it('answers carry security headers and no framework banner', async () => {
    const res = await w.ps().get('/health/live');
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    // helmet's defaults, on a cached-page route and on an error envelope too.
    for (const r of [res, await w.ps().get('/profiles/not-a-uuid/recommendations').set(bearer(w.caseManager))]) {
      expect(r.headers).toMatchObject({
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'SAMEORIGIN',
        'strict-transport-security': 'max-age=31536000; includeSubDomains',
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-resource-policy': 'same-origin',
        'referrer-policy': 'no-referrer',
        'x-dns-prefetch-control': 'off',
      });
      expect(r.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    }
  });
});
