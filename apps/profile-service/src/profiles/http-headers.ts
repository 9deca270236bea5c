import { ApiError } from '@app/platform';
import type { FastifyReply } from 'fastify';

/**
 * `If-Match: 3` or `If-Match: "3"` (the ETag we send): the version the client last saw. Absent = no
 * check. Anything else is a 400 naming the header.
 */
export function parseIfMatch(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(raw);
  if (!m) throw ApiError.badRequest('invalid_if_match', 'If-Match must be a profile version such as "3"', [{ path: 'If-Match', message: 'must be a version number', code: 'invalid_header' }]);
  return Number(m[1]);
}

/** Idempotency-Key: 1..200 visible ASCII characters (a UUID is a good choice). */
export function parseIdempotencyKey(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(raw)) {
    throw ApiError.badRequest('invalid_idempotency_key', 'Idempotency-Key must be 1 to 200 visible ASCII characters', [{ path: 'Idempotency-Key', message: 'invalid key', code: 'invalid_header' }]);
  }
  return raw;
}

/** The profile version as an ETag, for the next If-Match. */
export function setVersionTag(res: FastifyReply, version: number): void {
  res.header('ETag', `"${version}"`);
}
