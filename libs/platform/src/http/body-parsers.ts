import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error';
import { CSV_BODY_LIMIT, JSON_BODY_LIMIT } from './fastify-adapter';

/** The `charset` parameter of a Content-Type, lower-cased, or undefined. */
function charsetOf(contentType: string | undefined): string | undefined {
  const m = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return m ? m[1].toLowerCase() : undefined;
}

/**
 * What Express's body-parser refused with 415 and Fastify would read anyway: a charset other than
 * UTF-8 (the bytes would be decoded wrongly, not refused) and a compressed body (Fastify does not
 * inflate request bodies; the JSON would fail as garbage instead of naming the cause).
 */
function refuseUnreadable(req: FastifyRequest, checkCharset: boolean): void {
  const charset = charsetOf(req.headers['content-type']);
  if (checkCharset && charset !== undefined && !charset.startsWith('utf-')) throw new ApiError(415, 'unsupported_media_type', `unsupported charset "${charset.toUpperCase()}"`);
  const encoding = String(req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') throw new ApiError(415, 'unsupported_media_type', `unsupported content encoding "${encoding}"`);
}

/**
 * The request bodies the apps read, and only those (any other type is 415 in the error envelope):
 * - JSON up to JSON_BODY_LIMIT (413 past it), with Fastify's own parser (prototype poisoning refused);
 *   an empty body is `{}` as with body-parser, malformed JSON a 400 `invalid_json`;
 * - text/csv as bytes up to CSV_BODY_LIMIT, for the routes that read CSV (`readTextBody` applies
 *   their own limit and checks NUL characters by line); on other routes it fails validation like any
 *   body of the wrong shape.
 */
export function registerBodyParsers(fastify: FastifyInstance): void {
  fastify.removeAllContentTypeParsers();
  const json = fastify.getDefaultJsonParser('error', 'error');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: JSON_BODY_LIMIT }, (req, body, done) => {
    try {
      refuseUnreadable(req, true);
    } catch (err) {
      return done(err as Error, undefined);
    }
    if (body === '' || (typeof body === 'string' && body.trim() === '')) return done(null, {});
    json(req, body as string, (err, value) => (err ? done(ApiError.badRequest('invalid_json', 'The body is not valid JSON'), undefined) : done(null, value)));
  });
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT }, (req, body, done) => {
    try {
      // CSV is read as UTF-8 whatever the charset says, as before (csv-body.ts).
      refuseUnreadable(req, false);
    } catch (err) {
      return done(err as Error, undefined);
    }
    done(null, body);
  });
}
