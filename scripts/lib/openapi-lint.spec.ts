import type { OpenAPIObject } from '@nestjs/swagger';
import { describeChange, openApiDrift } from './openapi-files';
import { openApiProblems } from './openapi-lint';
import type { OperationAccess } from './openapi-documents';

// Each rule of the lint on the smallest document that breaks it: the test of the real documents
// (scripts/openapi.spec.ts) only proves something if every rule can fail.

const envelope = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorEnvelope' } } } });
const KEY_ERRORS = { 400: envelope('bad'), 401: envelope('no key'), 403: envelope('role'), 429: envelope('slow down') };

function validDoc(): OpenAPIObject {
  return {
    openapi: '3.0.0',
    info: { title: 't', version: '1' },
    paths: {
      '/things/{id}': {
        get: {
          operationId: 'ThingsController_get',
          summary: 'Read a thing',
          tags: ['things'],
          security: [{ bearer: [] }, { apiKey: [] }],
          responses: { 200: { description: '', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } }, ...KEY_ERRORS, 404: { $ref: '#/components/responses/NotFound' } },
        },
        delete: { operationId: 'ThingsController_erase', summary: 'Erase a thing', tags: ['things'], security: [{ bearer: [] }, { apiKey: [] }], responses: { 204: { description: 'gone' }, ...KEY_ERRORS } },
      },
      '/health/live': { get: { operationId: 'HealthController_live', summary: 'Liveness', tags: ['health'], responses: { 200: { description: '', content: { 'application/json': { schema: { type: 'object' } } } } } } },
    },
    components: {
      schemas: { Thing: { type: 'object' }, ErrorEnvelope: { type: 'object' } },
      responses: { NotFound: envelope('not found') },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    },
  } as unknown as OpenAPIObject;
}

const ACCESS = (): Map<string, OperationAccess> =>
  new Map<string, OperationAccess>([
    ['ThingsController_get', 'roles'],
    ['ThingsController_erase', 'roles'],
    ['HealthController_live', 'public'],
  ]);

type Op = Record<string, unknown> & { responses: Record<string, unknown> };
const op = (doc: OpenAPIObject, path: string, method: string) => (doc.paths[path] as unknown as Record<string, Op>)[method];

describe('openApiProblems', () => {
  it('finds nothing wrong with a complete document (refs to components.responses resolved)', () => {
    expect(openApiProblems(validDoc(), { access: ACCESS() })).toEqual([]);
  });

  it.each([
    ['a missing summary', (d: OpenAPIObject) => delete op(d, '/things/{id}', 'get').summary, 'GET /things/{id}: no summary'],
    ['a blank summary', (d: OpenAPIObject) => (op(d, '/things/{id}', 'get').summary = ' '), 'GET /things/{id}: no summary'],
    ['a missing tag', (d: OpenAPIObject) => (op(d, '/things/{id}', 'get').tags = []), 'GET /things/{id}: no tag'],
    ['a 200 without a schema', (d: OpenAPIObject) => (op(d, '/things/{id}', 'get').responses[200] = { description: '' }), 'GET /things/{id}: no 2xx response with a schema (nor a 204 or a redirect)'],
    ['a route with errors only', (d: OpenAPIObject) => delete op(d, '/things/{id}', 'delete').responses[204], 'DELETE /things/{id}: no 2xx response with a schema (nor a 204 or a redirect)'],
    ['an error response outside the envelope', (d: OpenAPIObject) => (op(d, '/things/{id}', 'get').responses[409] = { description: 'clash' }), 'GET /things/{id}: 409 response is not the error envelope'],
    ['a components.responses entry outside the envelope', (d: OpenAPIObject) => (d.components!.responses!.NotFound = { description: 'nope' }), 'GET /things/{id}: 404 response is not the error envelope'],
    ['an authenticated route without 401', (d: OpenAPIObject) => delete op(d, '/things/{id}', 'get').responses[401], 'GET /things/{id}: needs an API key but documents no 401 in the error envelope'],
    ['an authenticated route without 403', (d: OpenAPIObject) => delete op(d, '/things/{id}', 'delete').responses[403], 'DELETE /things/{id}: needs an API key but documents no 403 in the error envelope'],
    ['an authenticated route without 429', (d: OpenAPIObject) => delete op(d, '/things/{id}', 'get').responses[429], 'GET /things/{id}: needs an API key but documents no 429 in the error envelope'],
    ['an authenticated route without security', (d: OpenAPIObject) => delete op(d, '/things/{id}', 'get').security, 'GET /things/{id}: needs an API key but its security is [], not bearer or apiKey'],
    ['bearer only', (d: OpenAPIObject) => (op(d, '/things/{id}', 'get').security = [{ bearer: [] }]), 'GET /things/{id}: needs an API key but its security is [bearer], not bearer or apiKey'],
    ['both schemes required together', (d: OpenAPIObject) => (op(d, '/things/{id}', 'get').security = [{ bearer: [], apiKey: [] }]), 'GET /things/{id}: needs an API key but its security is [bearer+apiKey], not bearer or apiKey'],
    ['security on a public route', (d: OpenAPIObject) => (op(d, '/health/live', 'get').security = [{ bearer: [] }]), 'GET /health/live: is public (no key) but declares a security requirement'],
    ['a JWT bearer format', (d: OpenAPIObject) => Object.assign(d.components!.securitySchemes!.bearer, { bearerFormat: 'JWT' }), 'security scheme bearer: bearerFormat JWT (the API keys are opaque, not JWTs)'],
    ['no bearer scheme', (d: OpenAPIObject) => delete d.components!.securitySchemes!.bearer, 'security scheme bearer: not http bearer'],
    ['a type array (3.1 syntax)', (d: OpenAPIObject) => (d.components!.schemas!.Thing = { type: 'object', properties: { next: { type: ['string', 'null'] } } } as never), '#/components/schemas/Thing/properties/next: type [string, null] (OpenAPI 3.0: one type, and nullable: true)'],
    ['the key in a query parameter', (d: OpenAPIObject) => Object.assign(d.components!.securitySchemes!.apiKey, { in: 'query' }), 'security scheme apiKey: not the X-API-Key header'],
  ])('reports %s', (_what, breakIt, problem) => {
    const doc = validDoc();
    breakIt(doc);
    expect(openApiProblems(doc, { access: ACCESS() })).toContain(problem);
  });

  it('knows from the guard metadata which routes need a key, not from the document', () => {
    const access = ACCESS().set('HealthController_live', 'roles');
    expect(openApiProblems(validDoc(), { access })).toContain('GET /health/live: needs an API key but its security is [], not bearer or apiKey');
  });

  it('reports a handler that declares no roles (closed to everyone) and one missing from the document', () => {
    expect(openApiProblems(validDoc(), { access: ACCESS().set('ThingsController_get', 'closed') })).toContain(
      'GET /things/{id}: declares no roles and is not @Public(): the guard refuses everyone (403)',
    );
    expect(openApiProblems(validDoc(), { access: ACCESS().set('ThingsController_list', 'roles') })).toContain('route handler ThingsController_list is missing from the document');
    const unknown = new Map(ACCESS());
    unknown.delete('ThingsController_erase');
    expect(openApiProblems(validDoc(), { access: unknown })).toContain('DELETE /things/{id}: operationId ThingsController_erase is no route handler of the app');
  });

  it('lets a named response keep its own body (the readiness report of a 503)', () => {
    const doc = validDoc();
    op(doc, '/health/live', 'get').responses[503] = { description: 'not ready', content: { 'application/json': { schema: { type: 'object' } } } };
    expect(openApiProblems(doc, { access: ACCESS() })).toEqual(['GET /health/live: 503 response is not the error envelope']);
    expect(openApiProblems(doc, { access: ACCESS(), errorBodyExceptions: ['GET /health/live 503'] })).toEqual([]);
  });
});

describe('openApiDrift', () => {
  const json = (doc: OpenAPIObject) => `${JSON.stringify(doc, null, 2)}\n`;

  it('is empty when the committed files are what is generated', () => {
    const files = new Map([['a.json', json(validDoc())]]);
    expect(openApiDrift(files, () => json(validDoc()))).toEqual([]);
  });

  it('names the operations and schemas that changed, and missing files', () => {
    const changed = validDoc();
    op(changed, '/things/{id}', 'get').summary = 'Read one thing';
    delete (changed.paths['/things/{id}'] as Record<string, unknown>).delete;
    changed.components!.schemas!.Other = { type: 'string' };
    const drift = openApiDrift(new Map([['a.json', json(changed)], ['a.d.ts', 'x']]), (f) => (f === 'a.json' ? json(validDoc()) : null));
    expect(drift).toEqual(['a.json: DELETE /things/{id} removed; GET /things/{id} changed; schema Other added', 'a.d.ts: missing (not generated yet)']);
  });

  it('points at the first differing line of the types', () => {
    expect(describeChange('a.d.ts', 'one\ntwo\nthree\n', 'one\n2\nthree\n')).toBe('differs from line 2: committed "two", generated "2"');
    expect(describeChange('a.d.ts', 'one\n', 'one\ntwo\n')).toBe('differs from line 2: committed "", generated "two"');
  });
});
