import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject, type SchemaObject } from '@nestjs/swagger';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { ErrorEnvelopeSchema } from '@app/contracts';
import { z } from 'zod';
import { API_KEY_SECURITY_SCHEMES } from './api-key-security';
import { ERROR_ENVELOPE_COMPONENT, ERROR_RESPONSE_NAMES, errorResponse, type ErrorStatus } from './error-responses';

export interface ApiDocumentInfo {
  title: string;
  description: string;
}

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * The OpenAPI document of an HTTP app, the one both the served `/openapi.json` and `npm run
 * openapi:generate` use (so what is committed is what is served). Built from the controllers'
 * decorators and the zod contracts (nestjs-zod), then finished by finishApiDocument.
 */
export function buildApiDocument(app: INestApplication, info: ApiDocumentInfo): OpenAPIObject {
  const builder = new DocumentBuilder().setTitle(info.title).setDescription(info.description).setVersion('1');
  for (const [name, scheme] of Object.entries(API_KEY_SECURITY_SCHEMES)) builder.addSecurity(name, scheme);
  return finishApiDocument(cleanupOpenApiDoc(SwaggerModule.createDocument(app, builder.build())));
}

/**
 * What the decorators cannot say per route: the error envelope as a component, 413/415 on every
 * operation with a body (the body parsers run before any route), one requirement per security
 * scheme, the standard error responses once under `components.responses` (each route refers to them;
 * a route's own description stays inline), and component names without the DTO class suffixes
 * (`Profile`, not `ProfileDto_Output`), which are the names the generated client types carry.
 */
export function finishApiDocument(doc: OpenAPIObject): OpenAPIObject {
  const components = (doc.components ??= {});
  components.schemas = { ...renameComponents(doc, components.schemas ?? {}), [ERROR_ENVELOPE_COMPONENT]: errorEnvelopeSchema() };
  const standard = new Map(Object.keys(ERROR_RESPONSE_NAMES).map((s) => [s, JSON.stringify(errorResponse(Number(s) as ErrorStatus))]));
  const used = new Set<ErrorStatus>();
  for (const op of operations(doc)) {
    if (op.requestBody) {
      for (const status of [413, 415] as const) op.responses[status] ??= errorResponse(status);
    }
    for (const [status, response] of Object.entries(op.responses)) {
      if (standard.get(status) !== JSON.stringify(response)) continue;
      used.add(Number(status) as ErrorStatus);
      op.responses[status] = { $ref: `#/components/responses/${ERROR_RESPONSE_NAMES[Number(status) as ErrorStatus]}` };
    }
    if (op.security) op.security = uniqueBy(op.security, (s) => JSON.stringify(s));
  }
  const responses = [...used].sort((a, b) => a - b).map((s) => [ERROR_RESPONSE_NAMES[s], errorResponse(s)] as const);
  if (responses.length) components.responses = { ...components.responses, ...Object.fromEntries(responses) };
  return doc;
}

export function operations(doc: OpenAPIObject): Operation[] {
  return Object.values(doc.paths).flatMap((item) => METHODS.map((m) => item[m]).filter((op): op is Operation => op !== undefined));
}

/**
 * A zod schema as an OpenAPI 3.0 schema object (the version @nestjs/swagger writes), for what cannot be a
 * DTO class (a union body) or is added outside the controllers (the envelope).
 */
export function openApiSchemaOf(schema: z.ZodType, io: 'input' | 'output' = 'output'): SchemaObject {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { target: 'openapi-3.0', io });
  return json as SchemaObject;
}

/** The envelope; its field descriptions come from the contract. */
const errorEnvelopeSchema = () => openApiSchemaOf(ErrorEnvelopeSchema);

/**
 * `FooDto_Output` (a response) becomes `Foo`, `FooDto` (a request body) `Foo` too, or `FooInput` when
 * a response already holds that name; any other clash is an error rather than a silently lost schema.
 */
function renameComponents<T>(doc: OpenAPIObject, schemas: Record<string, T>): Record<string, T> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  const outputs = Object.keys(schemas).filter((n) => n.endsWith('_Output'));
  const inputs = Object.keys(schemas).filter((n) => !n.endsWith('_Output'));
  for (const name of outputs) claim(name, name.replace(/_Output$/, '').replace(/Dto$/, ''));
  for (const name of inputs) {
    const plain = name.replace(/Dto$/, '');
    claim(name, taken.has(plain) ? `${plain}Input` : plain);
  }
  function claim(from: string, to: string): void {
    if (taken.has(to)) throw new Error(`OpenAPI components ${from} and another both become ${to}: rename one of the DTO classes`);
    taken.add(to);
    names.set(from, to);
  }
  const prefix = '#/components/schemas/';
  const rewrite = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(rewrite);
    if (node === null || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    if (typeof obj.$ref === 'string' && obj.$ref.startsWith(prefix)) obj.$ref = prefix + (names.get(obj.$ref.slice(prefix.length)) ?? obj.$ref.slice(prefix.length));
    Object.values(obj).forEach(rewrite);
  };
  rewrite(doc.paths);
  rewrite(schemas);
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [names.get(name) ?? name, schema]));
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && seen.add(key(t)));
}
