import { applyDecorators } from '@nestjs/common';
import { ApiSecurity, type SecuritySchemeObject } from '@nestjs/swagger';

/**
 * The two ways a request presents its API key (presentedApiKey): `Authorization: Bearer mk_...` or
 * `X-API-Key: mk_...`. The keys are opaque random secrets, not JWTs, so the bearer scheme names no
 * bearerFormat (DocumentBuilder.addBearerAuth would say JWT).
 */
export const API_KEY_SECURITY_SCHEMES: Record<'bearer' | 'apiKey', SecuritySchemeObject> = {
  bearer: { type: 'http', scheme: 'bearer', description: 'The API key as a bearer token: `Authorization: Bearer mk_<prefix>_<secret>`' },
  apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The API key in its own header: `X-API-Key: mk_<prefix>_<secret>`' },
};

/** Either scheme is enough: two requirement objects are alternatives in OpenAPI. */
export const ApiKeySecurity = (): MethodDecorator & ClassDecorator => applyDecorators(...Object.keys(API_KEY_SECURITY_SCHEMES).map((name) => ApiSecurity(name)));
