import type { FastifyInstance } from 'fastify';
import { runWithContext, type RequestContext } from '../context/request-context';
import { REQUEST_ID_HEADER, requestIdFrom } from '../context/request-id';

type WithId = { requestId?: string; raw?: { requestId?: string } };

/**
 * First hook of every app: the request's id (the caller's `X-Request-Id` when acceptable, else a new
 * UUID) is echoed in the response header and becomes the context of everything the handler runs, so
 * log lines and the jobs it enqueues carry it (context/request-context.ts). The context is entered in
 * preHandler, the last step before Nest's handler (guards, pipes, controller), because Fastify parses
 * the body in between on stream events that would not carry an AsyncLocalStorage context from
 * onRequest. The id is also kept on the raw request, for what Nest runs as middleware (Bull Board's key
 * check) and for the error filter.
 */
export function registerRequestId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (req, reply, done) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    (req as WithId).requestId = requestId;
    (req.raw as WithId['raw'] & object).requestId = requestId;
    reply.header(REQUEST_ID_HEADER, requestId);
    done();
  });
  fastify.addHook('preHandler', (req, _reply, done) => {
    const context: RequestContext = { requestId: (req as WithId).requestId };
    runWithContext(context, done);
  });
}

/** The id registerRequestId gave this request (Fastify's request or the raw one), or undefined. */
export function requestIdOf(req: object): string | undefined {
  const r = req as WithId;
  return r.requestId ?? r.raw?.requestId;
}
