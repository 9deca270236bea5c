import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { ErrorEnvelope } from '@app/contracts';

/** The component every error response refers to (added to the document by buildApiDocument). */
export const ERROR_ENVELOPE_COMPONENT = 'ErrorEnvelope';
export const ERROR_ENVELOPE_REF = `#/components/schemas/${ERROR_ENVELOPE_COMPONENT}`;

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/**
 * What each status means in every app, with an example envelope: the codes are the ones ApiError and the
 * error filter really give (libs/platform/src/errors), so a client can switch on `error.code`.
 */
const STANDARD: Record<ErrorStatus, { description: string; example: ErrorEnvelope['error'] }> = {
  400: {
    description: 'Invalid request: `validation_failed` with one detail per problem, `details[].path` naming the field (dotted, e.g. `skills.3.level`; a header by its name); `invalid_json` for a body that is not JSON',
    example: { code: 'validation_failed', message: 'The request is not valid', details: [{ path: 'skills.0.uri', message: 'Invalid input: expected string, received undefined', code: 'invalid_type' }] },
  },
  401: {
    description: 'No API key, or a malformed, unknown or revoked one (`unauthorized`)',
    example: { code: 'unauthorized', message: 'A valid API key is required', details: [] },
  },
  403: {
    description: "The key's role may not do this, or not on this resource (`forbidden`)",
    example: { code: 'forbidden', message: 'This endpoint is not open to the employer role', details: [] },
  },
  404: {
    description: "Does not exist, or is not visible to the key's organisation (`not_found`): existence is not disclosed",
    example: { code: 'not_found', message: 'Profile not found', details: [] },
  },
  409: {
    description: 'Conflicts with the current state; `error.code` says which',
    example: { code: 'conflict', message: 'The request conflicts with the current state', details: [] },
  },
  413: {
    description: 'The body is over the size limit (`payload_too_large`)',
    example: { code: 'payload_too_large', message: 'The body may have at most 102400 bytes', details: [] },
  },
  415: {
    description: 'The body has an unsupported charset or content encoding (`unsupported_media_type`)',
    example: { code: 'unsupported_media_type', message: 'unsupported charset "UTF-16"', details: [] },
  },
  422: {
    description: 'Understood but refused as given; `error.code` says why',
    example: { code: 'idempotency_key_reused', message: 'This Idempotency-Key was already used with a different request body', details: [] },
  },
  429: {
    description: "Over the key's (or, without a key, the address's) requests per minute, or too many failed authentications from this address (`too_many_requests`); `Retry-After` says when to try again",
    example: { code: 'too_many_requests', message: 'ThrottlerException: Too Many Requests', details: [] },
  },
  500: {
    description: 'Something went wrong on our side (`internal_error`); quote `requestId` when reporting it',
    example: { code: 'internal_error', message: 'Something went wrong on our side', details: [] },
  },
  503: {
    description: 'A dependency cannot be reached for a moment; try again shortly',
    example: { code: 'ranking_unavailable', message: 'Ranking is unavailable for a moment (the queue cannot be reached) and nothing stored answers this request; try again shortly', details: [] },
  },
};

/** The names the standard error responses have under `components.responses` (buildApiDocument). */
export const ERROR_RESPONSE_NAMES: Record<ErrorStatus, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  415: 'UnsupportedMediaType',
  422: 'UnprocessableEntity',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
};

/** A status, or a status with what it means on this route (and optionally the route's own example code). */
export type ErrorResponseSpec = ErrorStatus | { status: ErrorStatus; description: string; code?: string };

/** The statuses every authenticated route can answer (added by @Roles). */
export const AUTHENTICATED_ERRORS: ErrorStatus[] = [400, 401, 403, 429, 500];

export interface ErrorResponseObject {
  description: string;
  content: Record<string, { schema: { $ref: string }; example: ErrorEnvelope }>;
}

/** The response object of one error status: the envelope, with an example of the code it carries. */
export function errorResponse(status: ErrorStatus, description = STANDARD[status].description, code?: string): ErrorResponseObject {
  // A route's own meaning makes a better example message than the standard one (whose wording names another route's thing).
  const example = description === STANDARD[status].description ? STANDARD[status].example : { code: code ?? STANDARD[status].example.code, message: description, details: [] };
  return { description, content: { 'application/json': { schema: { $ref: ERROR_ENVELOPE_REF }, example: { error: example } } } };
}

/**
 * Documents error responses in the one envelope, e.g. `@ApiErrors(404, { status: 409, code:
 * 'version_mismatch', description: '...' })`; a route's own description replaces the standard one.
 */
export function ApiErrors(...specs: ErrorResponseSpec[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...specs.map((spec) => {
      const s = typeof spec === 'number' ? { status: spec } : spec;
      const r = errorResponse(s.status, 'description' in s ? s.description : undefined, 'code' in s ? s.code : undefined);
      return ApiResponse({ status: s.status, ...r });
    }),
  );
}
