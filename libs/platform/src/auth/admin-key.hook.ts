import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../errors/api-error';
import { toErrorEnvelope } from '../errors/error.filter';
import { requestIdOf } from '../http/request-id.hook';
import { presentedApiKey } from './api-key-secret';
import { ApiKeyVerifier } from './api-key.verifier';

/** The password of `Authorization: Basic base64(user:password)`, or null. */
export function basicAuthPassword(headers: FastifyRequest['headers']): string | null {
  const header = headers.authorization;
  if (typeof header !== 'string' || !header.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : null;
}

/**
 * In front of what is registered as a Fastify plugin, outside Nest's routing and so outside the global
 * guard (Bull Board at /admin/queues): the same key check (ApiKeyVerifier), admin role only; 401 / 403
 * in the error envelope otherwise. Besides `Authorization: Bearer` and `X-API-Key`, the key may come as
 * the password of HTTP Basic auth (any user name), and a 401 asks for it (`WWW-Authenticate: Basic`),
 * so a browser can open the dashboard without a header-setting extension. `hook` is an onRequest hook
 * for the plugin's own context, so it covers exactly the plugin's routes however a URL is spelled; it
 * answers refusals itself because such a context may have an error handler of its own (Bull Board's).
 */
@Injectable()
export class AdminKeyCheck {
  constructor(private readonly verifier: ApiKeyVerifier) {}

  readonly hook = async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      const principal = await this.verifier.authenticate(req, presentedApiKey(req.headers) ?? basicAuthPassword(req.headers));
      if (principal.role !== 'admin') throw ApiError.forbidden(`This page is not open to the ${principal.role} role`);
    } catch (err) {
      if (err instanceof ApiError && err.getStatus() === 401) reply.header('WWW-Authenticate', 'Basic realm="admin", charset="UTF-8"');
      const [status, envelope] = toErrorEnvelope(err);
      const requestId = requestIdOf(req);
      if (requestId) envelope.error.requestId = requestId;
      await reply.status(status).send(envelope);
    }
  };
}
