import { buildAppDocuments, type AppDocument } from './lib/openapi-documents';
import { openApiDrift, renderOpenApiFiles } from './lib/openapi-files';
import { openApiProblems } from './lib/openapi-lint';

// The real documents of profile-service and vacancy-service, built as `npm run openapi:generate` builds
// them (no database): complete by every rule of openApiProblems (each rule is shown to fail in
// lib/openapi-lint.spec.ts), and equal to the committed docs/openapi files.

// The readiness probe answers 503 with its report (which check failed), not with the error envelope.
const ERROR_BODY_EXCEPTIONS = ['GET /health/ready 503'];

describe('the OpenAPI documents', () => {
  let docs: AppDocument[];
  beforeAll(async () => {
    docs = await buildAppDocuments();
  });

  it('are built for both HTTP apps', () => {
    expect(docs.map((d) => d.name)).toEqual(['profile-service', 'vacancy-service']);
    for (const d of docs) expect(Object.keys(d.document.paths).length).toBeGreaterThan(10);
  });

  it('have a summary, a typed success response, the key schemes and the error envelope where they belong', () => {
    const problems = docs.flatMap((d) => openApiProblems(d.document, { access: d.access, errorBodyExceptions: ERROR_BODY_EXCEPTIONS }).map((p) => `${d.name}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('say nothing of JWTs', () => {
    for (const d of docs) expect(JSON.stringify(d.document)).not.toMatch(/JWT/);
  });

  it('carry field descriptions and examples from the zod contracts', () => {
    const schemas = docs.find((d) => d.name === 'profile-service')!.document.components!.schemas as Record<string, { properties: Record<string, { description?: string; example?: unknown }> }>;
    expect(schemas.Recommendation.properties.score).toMatchObject({ description: expect.stringContaining('0..100'), example: expect.any(Number) });
    expect(schemas.Profile.properties.id).toMatchObject({ format: 'uuid', description: 'The person', example: expect.any(String) });
    expect(schemas.ErrorEnvelope.properties.error).toBeDefined();
  });

  // The old generator documented these (zod `.nullable()` of a bare type) as arrays: string[], boolean[].
  it('type nullable fields as nullable values, not as arrays', () => {
    const schemas = (name: string) => docs.find((d) => d.name === name)!.document.components!.schemas as Record<string, { properties: Record<string, unknown> }>;
    const profiles = schemas('profile-service');
    const nullable = (type: string) => expect.objectContaining({ type, nullable: true });
    expect(profiles.ProfilePage.properties.nextCursor).toEqual(nullable('string'));
    expect(profiles.PatchProfile.properties.limitedMobility).toEqual(nullable('boolean'));
    expect(profiles.Profile.properties.earliestStart).toEqual(nullable('string'));
    for (const field of ['allowsWork', 'allowsTraining', 'expiresOn', 'nationality', 'dateOfBirth', 'notes']) expect(profiles.RestrictedRecord.properties[field]).toEqual(expect.objectContaining({ nullable: true }));
    expect(profiles.RestrictedRecord.properties.allowsWork).not.toHaveProperty('items');
    expect(schemas('vacancy-service').OpportunityPage.properties.nextCursor).toEqual(nullable('string'));
  });

  it('are what is committed in docs/openapi (else run npm run openapi:generate)', async () => {
    expect(openApiDrift(await renderOpenApiFiles(docs))).toEqual([]);
  });
});
