import type { OpenAPIObject } from '@nestjs/swagger';
import type { OperationAccess } from './openapi-documents';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const ENVELOPE_REF = '#/components/schemas/ErrorEnvelope';

type Json = Record<string, unknown>;

export interface LintOptions {
  /** Who may call each operation (by operationId), from the guard's metadata (buildAppDocuments). */
  access: Map<string, OperationAccess>;
  /** `METHOD /path status` of error responses whose body is not the envelope on purpose (GET /health/ready 503: the readiness report). */
  errorBodyExceptions?: string[];
}

/**
 * What a client generated from the document needs and the console relies on, as a list of problems
 * (empty = complete): a summary and a tag per operation; a 2xx with a schema (or a 204 / 3xx); the key
 * schemes exactly where the guard asks for a key, with 400/401/403/429 in the envelope; every error
 * response in the envelope; bearer without a JWT format; X-API-Key in the header; no `type` array
 * (OpenAPI 3.0 takes one type and says `nullable: true`).
 */
export function openApiProblems(doc: OpenAPIObject, { access, errorBodyExceptions = [] }: LintOptions): string[] {
  const problems: string[] = [];
  const schemes = (doc.components?.securitySchemes ?? {}) as unknown as Record<string, Json>;
  problems.push(...securitySchemeProblems(schemes));
  problems.push(...typeArrayProblems(doc));
  const seen = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = (item as Json)[method] as Json | undefined;
      if (!op) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const id = String(op.operationId ?? '');
      seen.add(id);
      const say = (what: string) => problems.push(`${name}: ${what}`);
      if (typeof op.summary !== 'string' || op.summary.trim() === '') say('no summary');
      if (!Array.isArray(op.tags) || op.tags.length === 0) say('no tag');
      const responses = Object.fromEntries(Object.entries((op.responses ?? {}) as Json).map(([status, r]) => [status, resolve(doc, r) as Json]));
      if (!hasSuccess(responses)) say('no 2xx response with a schema (nor a 204 or a redirect)');
      for (const [status, r] of Object.entries(responses)) {
        if (Number(status) >= 400 && !errorBodyExceptions.includes(`${name} ${status}`) && !refersToEnvelope(r)) say(`${status} response is not the error envelope`);
      }
      const security = Array.isArray(op.security) ? (op.security as Json[]) : [];
      const kind = access.get(id);
      if (kind === undefined) say(`operationId ${id || '(none)'} is no route handler of the app`);
      else if (kind === 'closed') say('declares no roles and is not @Public(): the guard refuses everyone (403)');
      else if (kind === 'public' && security.length > 0) say('is public (no key) but declares a security requirement');
      else if (kind === 'roles') {
        const names = security.map((s) => Object.keys(s).join('+')).sort();
        if (names.join(',') !== 'apiKey,bearer') say(`needs an API key but its security is [${names.join(', ')}], not bearer or apiKey`);
        for (const status of ['400', '401', '403', '429']) if (!responses[status] || !refersToEnvelope(responses[status])) say(`needs an API key but documents no ${status} in the error envelope`);
      }
    }
  }
  for (const [id, kind] of access) if (!seen.has(id) && kind !== 'closed') problems.push(`route handler ${id} is missing from the document`);
  return problems;
}

/**
 * A JSON Schema `type` array (`['string', 'null']`) is OpenAPI 3.1; in this 3.0 document it is invalid,
 * and where @nestjs/swagger met one on a DTO property it wrote "an array of strings" instead (see
 * libs/platform/src/openapi/zod-dto.ts). Examples and defaults are values, not schemas: not searched.
 */
function typeArrayProblems(doc: OpenAPIObject): string[] {
  const problems: string[] = [];
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${at}/${i}`));
    if (node === null || typeof node !== 'object') return;
    const obj = node as Json;
    if (Array.isArray(obj.type)) problems.push(`${at}: type [${obj.type.join(', ')}] (OpenAPI 3.0: one type, and nullable: true)`);
    for (const [key, value] of Object.entries(obj)) if (key !== 'example' && key !== 'examples' && key !== 'default') walk(value, `${at}/${key}`);
  };
  walk(doc.paths, '#/paths');
  walk(doc.components?.schemas, '#/components/schemas');
  return problems;
}

function securitySchemeProblems(schemes: Record<string, Json>): string[] {
  const problems: string[] = [];
  for (const [name, s] of Object.entries(schemes)) if ('bearerFormat' in s) problems.push(`security scheme ${name}: bearerFormat ${String(s.bearerFormat)} (the API keys are opaque, not JWTs)`);
  if (schemes.bearer?.type !== 'http' || schemes.bearer?.scheme !== 'bearer') problems.push('security scheme bearer: not http bearer');
  if (schemes.apiKey?.type !== 'apiKey' || schemes.apiKey?.in !== 'header' || schemes.apiKey?.name !== 'X-API-Key') problems.push('security scheme apiKey: not the X-API-Key header');
  return problems;
}

function hasSuccess(responses: Record<string, Json>): boolean {
  return Object.entries(responses).some(([status, r]) => {
    const code = Number(status);
    if (code === 204 || (code >= 300 && code < 400)) return true;
    if (code < 200 || code >= 300) return false;
    return Object.values((r.content ?? {}) as Record<string, Json>).some((media) => media.schema !== undefined);
  });
}

function refersToEnvelope(response: Json): boolean {
  const json = ((response.content ?? {}) as Record<string, Json>)['application/json'];
  return (json?.schema as Json | undefined)?.$ref === ENVELOPE_REF;
}

/** Follows a local `$ref` (`#/components/responses/...`). */
function resolve(doc: OpenAPIObject, node: unknown): unknown {
  const ref = (node as Json | null)?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  return ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Json | undefined)?.[key], doc);
}
