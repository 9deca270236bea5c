import type { CreatedApiKey } from '@app/contracts';
import { ErrorEnvelopeSchema } from '@app/contracts';
import type request from 'supertest';
import { job, person } from '../../e2e/scorer-harness';
import { bearer, create, startMatchingWorld, type MatchingWorld } from '../demand/world';
import { mulberry32 } from '@app/matching';

jest.setTimeout(180000);

/**
 * Issue 18 (1): a seeded, bounded fuzz of every write route (POST/PUT/PATCH/DELETE) of both HTTP
 * services. Each route starts from a valid body (real ids in the path, a role that may call it) and is
 * sent mutations of it: wrong types at every field, deleted and unknown fields, huge strings and arrays,
 * deep nesting, NUL, lone surrogates, emoji, odd numbers and dates, null, non-object JSON, wrong
 * Content-Type, invalid UUIDs in the path and malformed CSV. No answer may be a 5xx, and every 4xx must
 * be the error envelope. Deterministic: one seed, a fixed number of bodies per route.
 */
const SEED = 20261207;
const BODIES_PER_ROUTE = 100;
const PARALLEL = 8;

/** The engine's seeded PRNG (mulberry32): the same sequence every run. */
const prng = mulberry32;

type Json = unknown;
type Agent = () => ReturnType<typeof request>;
type Method = 'post' | 'put' | 'patch' | 'delete';
interface Route {
  name: string;
  agent: Agent;
  method: Method;
  /** The path with a valid id; `withId` builds it for another id. */
  withId?: (id: string) => string;
  path: string;
  key: CreatedApiKey;
  valid: Json[];
  csv?: string[];
}
interface Case {
  route: Route;
  path: string;
  body?: Json;
  raw?: string;
  contentType?: string;
}

const BAD_IDS = ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '123', 'ffffffff-ffff-ffff-ffff-fffffffffffff', '%F0%9F%98%80', "1'%20OR%201=1", 'null'];

function deep(n: number): Json {
  let v: Json = 'x';
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
}
function deepArray(n: number): Json {
  let v: Json = 1;
  for (let i = 0; i < n; i++) v = [v];
  return v;
}

const WEIRD: Json[] = [
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  1e308,
  -1e308,
  5e-324,
  2 ** 53 + 1,
  -(2 ** 31) - 1,
  2 ** 31,
  '9007199254740993',
  1e21,
  'NaN',
  'Infinity',
  '-0',
  '',
  ' ',
  'x'.repeat(60000),
  '\ud800',
  'a\udfffb',
  '😀'.repeat(50),
  '\u202e\u200b',
  'a\u0000b',
  '2025-02-30',
  '99999-01-01',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '2025-13-01',
  '2025-01-01T25:00:00Z',
  '1e308',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  '<script>alert(1)</script>',
  "'; DROP TABLE profiles; --",
  '__proto__',
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
  { constructor: { prototype: { x: 1 } } },
  Array.from({ length: 6000 }, (_, i) => i),
  Array.from({ length: 300 }, () => 'x'.repeat(100)),
  deep(200),
  deepArray(200),
];

/** Every path to a value inside `v` (objects and arrays), the root excluded. */
function paths(v: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [];
  const out: (string | number)[][] = [];
  const entries: [string | number, Json][] = Array.isArray(v) ? v.map((x, i) => [i, x]) : Object.entries(v as object);
  for (const [k, x] of entries) {
    out.push([...prefix, k]);
    out.push(...paths(x, [...prefix, k]));
  }
  return out;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

function setAt(root: Json, path: (string | number)[], value: Json, del = false): Json {
  const copy = clone(root);
  let node = copy as Record<string | number, Json>;
  for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (del) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

function mutate(valid: Json, rnd: () => number): { body?: Json; raw?: string; contentType?: string } {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const ps = paths(valid);
  const r = rnd();
  if (r < 0.45 && ps.length) return { body: setAt(valid, pick(ps), pick(WEIRD)) };
  if (r < 0.55 && ps.length) return { body: setAt(valid, pick(ps), undefined, true) };
  if (r < 0.62 && valid !== null && typeof valid === 'object' && !Array.isArray(valid)) {
    return { body: { ...(valid as object), [pick(['extra', '__proto__', 'constructor', 'id', 'organisationId', 'version', '😀', ''])]: pick(WEIRD) } };
  }
  if (r < 0.7) return { body: pick(['a string', 42, -0, 1e308, true, null, [], [valid], [1, 2, 3], deep(1000), deepArray(1000)] as Json[]) };
  if (r < 0.78 && ps.length) {
    // Several fields wrong at once.
    let b = valid;
    for (let i = 0; i < 3; i++) b = setAt(b, pick(paths(b).length ? paths(b) : ps), pick(WEIRD));
    return { body: b };
  }
  if (r < 0.86) {
    const json = JSON.stringify(valid);
    return pick([
      { raw: json, contentType: 'text/plain' },
      { raw: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
      { raw: json, contentType: 'application/xml' },
      { raw: json, contentType: 'text/csv' },
      { raw: json.slice(0, Math.max(1, Math.floor(json.length / 2))), contentType: 'application/json' },
      { raw: '{"a":1,}', contentType: 'application/json' },
      { raw: '\uFEFF' + json, contentType: 'application/json' },
      { raw: json, contentType: 'application/json; charset=latin1' },
      { raw: json, contentType: 'multipart/form-data; boundary=x' },
      { raw: '', contentType: 'application/json' },
      { raw: 'null', contentType: 'application/json' },
      { raw: '"\\ud800"', contentType: 'application/json' },
      { raw: '{"a":"\\u0000"}', contentType: 'application/json' },
      { raw: '[' + '['.repeat(5000) + ']'.repeat(5000) + ']', contentType: 'application/json' },
    ]);
  }
  return { body: valid };
}

function mutateCsv(valid: string, rnd: () => number): { raw: string; contentType: string } {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const lines = valid.split('\n');
  const cells = lines.map((l) => l.split(','));
  const r = rnd();
  let raw: string;
  if (r < 0.4) {
    const li = 1 + Math.floor(rnd() * Math.max(1, lines.length - 2));
    const ci = Math.floor(rnd() * (cells[li]?.length ?? 1));
    const v = String(pick(WEIRD.filter((x) => typeof x === 'string' || typeof x === 'number')));
    const copy = cells.map((c) => [...c]);
    if (copy[li]) copy[li][ci] = v.includes(',') || v.includes('"') ? `"${v.replaceAll('"', '""')}"` : v;
    raw = copy.map((c) => c.join(',')).join('\n');
  } else {
    raw = pick([
      '',
      '\n\n\n',
      lines[0],
      lines[0] + '\n',
      'a,b,c\n1,2,3\n',
      valid.replace(',', ';'),
      valid + '"unterminated,quote\n',
      valid + 'x,y,z,extra,cells,too,many,here\n',
      valid.replaceAll('\n', '\r'),
      valid.replaceAll('\n', '\r\n'),
      '\uFEFF' + valid,
      valid + '\ud800,\udfff\n',
      valid + '😀,😀,😀\n',
      lines[0] + '\n' + Array.from({ length: 200 }, () => lines[1] ?? '').join('\n'),
      lines[0] + ',' + lines[0] + '\n' + (lines[1] ?? '') + ',' + (lines[1] ?? '') + '\n',
      'x'.repeat(100000),
      '"' + 'x'.repeat(1000),
      valid + 'a\u0000b\n',
      JSON.stringify({ a: 1 }),
    ]);
  }
  return { raw, contentType: pick(['text/csv', 'text/csv; charset=utf-8', 'text/csv; charset=latin1', 'TEXT/CSV']) };
}

describe('fuzzing every write route never gives a 5xx, and every 4xx is the error envelope', () => {
  let w: MatchingWorld;
  beforeAll(async () => {
    w = await startMatchingWorld('fuzzwrite');
  });
  afterAll(() => w?.close());

  it(`${BODIES_PER_ROUTE} seeded malformed bodies per route, and a wrong value at every field`, async () => {
    const rnd = prng(SEED);
    const cm = w.caseManager;
    const profile = (await create(w, 'profile', person())) as string;
    const profile2 = (await create(w, 'profile', person())) as string;
    const consentProfile = (await create(w, 'profile', person())) as string;
    const eraseProfile = (await create(w, 'profile', person())) as string;
    const restrictedProfile = (await create(w, 'profile', person())) as string;
    const opportunity = await create(w, 'opportunity', job());
    const patchOpportunity = await create(w, 'opportunity', job());
    const closeOpportunity = await create(w, 'opportunity', job());
    const training = await create(w, 'opportunity', job({ kind: 'training', requiresWorkAuthorisation: false }));
    const fairRes = await w.vs().post('/fairs').set(bearer(w.admin)).send({ name: 'Feria', date: '2026-03-01', regionCode: 'EC-P' });
    expect(fairRes.status).toBe(201);
    const fair = fairRes.body.id as string;
    const placementRes = await w.vs().post('/placements').set(bearer(cm)).send({ opportunityId: opportunity, profileId: profile });
    expect(placementRes.status).toBe(201);
    const placement = placementRes.body.id as string;
    const keyRes = await w.vs().post('/api-keys').set(bearer(w.admin)).send({ organisationId: w.employer.organisationId, role: 'employer', label: 'to revoke' });
    expect(keyRes.status).toBe(201);
    const revokable = keyRes.body.id as string;

    const draft = (({ personal: _p, ...rest }) => rest)(person());
    const routes: Route[] = [
      // profile service
      { name: 'POST /profiles', agent: w.ps, method: 'post', path: '/profiles', key: cm, valid: [person()] },
      { name: 'PATCH /profiles/:id', agent: w.ps, method: 'patch', path: `/profiles/${profile}`, withId: (id) => `/profiles/${id}`, key: cm, valid: [{ location: { regionCode: 'EC-P', lat: -0.2, lon: -78.5 }, earliestStart: '2025-02-01', limitedMobility: false }, { skills: null, aspirations: { preferredSectors: ['52'], preferredPathway: 'job' } }] },
      { name: 'POST /profiles/:id/consent/withdraw', agent: w.ps, method: 'post', path: `/profiles/${consentProfile}/consent/withdraw`, withId: (id) => `/profiles/${id}/consent/withdraw`, key: cm, valid: [{ scopes: ['visible_to_employers'] }] },
      { name: 'DELETE /profiles/:id', agent: w.ps, method: 'delete', path: `/profiles/${eraseProfile}`, withId: (id) => `/profiles/${id}`, key: cm, valid: [{}] },
      {
        name: 'PUT /profiles/:id/restricted',
        agent: w.ps,
        method: 'put',
        path: `/profiles/${restrictedProfile}/restricted`,
        withId: (id) => `/profiles/${id}/restricted`,
        key: cm,
        valid: [{ authorisationKind: 'refugee', allowsWork: true, allowsTraining: true, expiresOn: '2027-01-01', nationality: 'VE', gender: 'female', dateOfBirth: '1990-01-01', notes: 'nota' }],
      },
      {
        name: 'POST /match-requests',
        agent: w.ps,
        method: 'post',
        path: '/match-requests',
        key: cm,
        valid: [{ profileDraft: draft, authorisation: { kind: 'refugee', allowsWork: true, expiresOn: '2027-01-01' }, weights: { skills: 50, demand: 0 } }, { profileId: profile, weights: { logistics: 10 } }],
      },
      { name: 'POST /taxonomy/extract (profiles)', agent: w.ps, method: 'post', path: '/taxonomy/extract', key: cm, valid: [{ text: 'Cajera con experiencia en atención al cliente y caja registradora', lang: 'es', limit: 5 }] },
      { name: 'POST /taxonomy/reload (profiles)', agent: w.ps, method: 'post', path: '/taxonomy/reload', key: w.admin, valid: [{}] },
      // vacancy service
      { name: 'POST /organisations', agent: w.vs, method: 'post', path: '/organisations', key: w.admin, valid: [{ name: 'Org', kind: 'ngo', country: 'EC' }] },
      { name: 'POST /api-keys', agent: w.vs, method: 'post', path: '/api-keys', key: w.admin, valid: [{ organisationId: w.employer.organisationId, role: 'employer', label: 'fuzz' }] },
      { name: 'DELETE /api-keys/:id', agent: w.vs, method: 'delete', path: `/api-keys/${revokable}`, withId: (id) => `/api-keys/${id}`, key: w.admin, valid: [{}] },
      {
        name: 'POST /opportunities',
        agent: w.vs,
        method: 'post',
        path: '/opportunities',
        key: w.employer,
        valid: [
          job({ postedAt: '2025-05-01', startDate: '2025-06-01', applicationDeadline: '2025-05-20', supports: { pay: { kind: 'wage', amount: 500, currency: 'USD', period: 'month' }, childcareOnSite: true }, externalId: 'ext-1', minEqf: 3 }),
          job({ kind: 'training', requiresWorkAuthorisation: false, certificate: { name: 'Cert', recognisedBy: 'SETEC' }, skillsConferred: [{ label: 'caja', level: 'basic' }], durationWeeks: 12 }),
        ],
      },
      {
        name: 'POST /opportunities/import',
        agent: w.vs,
        method: 'post',
        path: '/opportunities/import',
        key: w.employer,
        valid: [
          {
            '@context': 'https://schema.org',
            '@type': 'JobPosting',
            identifier: 'fuzz:1',
            title: 'Cajero',
            description: 'Caja y atención',
            datePosted: '2025-05-01',
            validThrough: '2030-01-01',
            jobStartDate: '2026-01-01',
            totalJobOpenings: 2,
            occupationalCategory: { '@type': 'CategoryCode', codeValue: '5230', inCodeSet: { name: 'ISCO-08' } },
            baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { value: 470, unitText: 'MONTH' } },
            jobLocation: { '@type': 'Place', address: { addressCountry: 'EC', addressRegion: 'P' }, geo: { latitude: -0.2, longitude: -78.5 } },
            skills: [{ '@type': 'DefinedTerm', name: 'caja registradora' }],
            employmentType: ['FULL_TIME'],
            workHours: '40 hours per week',
            experienceRequirements: { monthsOfExperience: 6 },
          },
          { '@graph': [{ '@type': 'EducationalOccupationalProgram', name: 'Curso', timeToComplete: 'P12W', startDate: '2026-02-01', location: { address: { addressCountry: 'EC' } } }] },
        ],
      },
      { name: 'PATCH /opportunities/:id', agent: w.vs, method: 'patch', path: `/opportunities/${patchOpportunity}`, withId: (id) => `/opportunities/${id}`, key: w.employer, valid: [{ title: 'Nuevo', hoursPerWeek: 20, capacity: 4, postedAt: '2025-04-01' }, { version: 1, description: 'x' }] },
      { name: 'POST /opportunities/:id/close', agent: w.vs, method: 'post', path: `/opportunities/${closeOpportunity}/close`, withId: (id) => `/opportunities/${id}/close`, key: w.employer, valid: [{}] },
      { name: 'POST /cohorts', agent: w.vs, method: 'post', path: '/cohorts', key: cm, valid: [{ name: 'Cohorte', profileIds: [profile, profile2], opportunityIds: [training], minScore: 10 }] },
      { name: 'POST /fairs', agent: w.vs, method: 'post', path: '/fairs', key: w.admin, valid: [{ name: 'Feria', date: '2026-03-01', startTime: '09:00', slotMinutes: 20, regionCode: 'EC-P' }] },
      { name: 'POST /fairs/:id/attendees', agent: w.vs, method: 'post', path: `/fairs/${fair}/attendees`, withId: (id) => `/fairs/${id}/attendees`, key: w.admin, valid: [{ profileIds: [profile, profile2] }] },
      { name: 'POST /fairs/:id/attendees.csv', agent: w.vs, method: 'post', path: `/fairs/${fair}/attendees.csv`, withId: (id) => `/fairs/${id}/attendees.csv`, key: w.admin, valid: [], csv: [`profile_id,name\n${profile},Ana\n${profile2},Luis\n`] },
      { name: 'POST /fairs/:id/opportunities', agent: w.vs, method: 'post', path: `/fairs/${fair}/opportunities`, withId: (id) => `/fairs/${id}/opportunities`, key: w.admin, valid: [{ opportunities: [{ opportunityId: opportunity, interviewSlots: 5 }] }] },
      { name: 'POST /fairs/:id/shortlists', agent: w.vs, method: 'post', path: `/fairs/${fair}/shortlists`, withId: (id) => `/fairs/${id}/shortlists`, key: w.admin, valid: [{ slotsPerOpportunity: 3, maxInterviewsPerAttendee: 2, minScore: 0, strategy: 'max_total' }] },
      { name: 'POST /placements', agent: w.vs, method: 'post', path: '/placements', key: cm, valid: [{ opportunityId: opportunity, profileId: profile2 }] },
      { name: 'POST /placements/:id/transitions', agent: w.vs, method: 'post', path: `/placements/${placement}/transitions`, withId: (id) => `/placements/${id}/transitions`, key: cm, valid: [{ to: 'referred', note: 'llamada' }, { to: 'withdrawn', reason: 'schedule' }] },
      {
        name: 'PUT /placements/:id/outcome',
        agent: w.vs,
        method: 'put',
        path: `/placements/${placement}/outcome`,
        withId: (id) => `/placements/${id}/outcome`,
        key: cm,
        valid: [{ hiredAfterTraining: true, hiredByOrganisationId: w.employer.organisationId, employedAt3Months: true, employedAt6Months: null, wage: { amount: 500, currency: 'USD', period: 'month' } }],
      },
      {
        name: 'POST /demand/indicators',
        agent: w.vs,
        method: 'post',
        path: '/demand/indicators',
        key: w.admin,
        valid: [[{ isco: '5230', region: 'EC-P', value: 0.5, source: 'Lista', date: '2025-05-01' }, { occupation: 'http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000001', value: 1, source: 'Lista', date: '2025-05-02' }]],
        csv: ['occupation,isco,region,value,source,date\n,5230,EC-P,0.9,Lista,2025-05-01\n,7212,,0.4,Lista,2025-05-01\n'],
      },
      { name: 'POST /taxonomy/extract (vacancies)', agent: w.vs, method: 'post', path: '/taxonomy/extract', key: w.employer, valid: [{ text: 'We need a forklift driver with customer service skills', lang: 'en', limit: 3 }] },
      { name: 'POST /taxonomy/reload (vacancies)', agent: w.vs, method: 'post', path: '/taxonomy/reload', key: w.admin, valid: [{}] },
    ];

    const cases: Case[] = [];
    for (const route of routes) {
      // Reloading the taxonomy re-reads the whole store: a few bodies are enough (it reads none).
      const n = route.path.endsWith('/reload') ? 10 : BODIES_PER_ROUTE;
      for (let i = 0; i < n; i++) {
        const path = route.withId && rnd() < 0.12 ? route.withId(BAD_IDS[Math.floor(rnd() * BAD_IDS.length)]) : route.path;
        const useCsv = route.csv && (route.valid.length === 0 || rnd() < 0.5);
        if (useCsv) cases.push({ route, path, ...mutateCsv(route.csv![Math.floor(rnd() * route.csv!.length)], rnd) });
        else cases.push({ route, path, ...mutate(route.valid[Math.floor(rnd() * route.valid.length)], rnd) });
      }
    }

    // And a sweep: every field of every valid body gets a wrong value (cycling through WEIRD; date
    // fields also every odd date), so no field is left to chance.
    const DATES = ['2025-02-30', '99999-01-01', '0000-01-01', '0001-01-01', '9999-12-31', '2025-1-1'];
    let k = 0;
    for (const route of routes) {
      if (route.path.endsWith('/reload')) continue;
      for (const valid of route.valid) {
        for (const p of paths(valid)) {
          const at = p.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], valid);
          const values = typeof at === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(at) ? DATES : [WEIRD[k++ % WEIRD.length]];
          for (const v of values) cases.push({ route, path: route.path, body: setAt(valid, p, v) });
        }
      }
    }

    const perRoute = new Map<string, Record<string, number>>();
    const failures: Array<{ route: string; path: string; body: string; status: number; response: string }> = [];
    const send = async (c: Case): Promise<void> => {
      let req = c.route.agent()[c.route.method](c.path).set(bearer(c.route.key));
      if (c.raw !== undefined) req = req.set('Content-Type', c.contentType ?? 'application/json').send(c.raw);
      else if (c.body !== undefined) req = req.set('Content-Type', 'application/json').send(JSON.stringify(c.body));
      const res = await req;
      const counts = perRoute.get(c.route.name) ?? {};
      counts[res.status] = (counts[res.status] ?? 0) + 1;
      perRoute.set(c.route.name, counts);
      const badEnvelope = res.status >= 400 && res.status < 500 && !ErrorEnvelopeSchema.safeParse(res.body).success;
      if (res.status >= 500 || badEnvelope) {
        const body = c.raw !== undefined ? `[${c.contentType}] ${c.raw}` : JSON.stringify(c.body);
        failures.push({ route: c.route.name, path: c.path, body: String(body).slice(0, 300), status: res.status, response: JSON.stringify(res.body ?? res.text).slice(0, 300) });
      }
    };
    for (let i = 0; i < cases.length; i += PARALLEL) await Promise.all(cases.slice(i, i + PARALLEL).map(send));

    console.log(
      `fuzz: ${cases.length} bodies over ${routes.length} write routes (seed ${SEED})\n` +
        [...perRoute].map(([r, counts]) => `  ${r}: ${Object.entries(counts).map(([s, n]) => `${s}x${n}`).join(' ')}`).join('\n'),
    );
    expect(cases.length).toBeGreaterThanOrEqual(2000);
    expect(perRoute.size).toBe(routes.length);
    expect(failures).toEqual([]);
  });
});
