import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers on every answer (helmet's defaults: nosniff, frame-ancestors / X-Frame-Options,
 * HSTS, a same-origin CSP that Swagger UI at /docs works under). The helmet middleware is built once
 * and applied to the raw response in one onRequest hook. @fastify/helmet, which this replaces, rebuilt
 * helmet's middleware (parsing the CSP directives again) in two async hooks on every request: ~5% of
 * the profile-service's CPU under cached recommendation GETs (docs/bench-http.md, fifth round). The
 * headers set on the raw response are merged into the ones Fastify writes.
 */
export function registerSecurityHeaders(fastify: FastifyInstance): void {
  const apply = helmet();
  fastify.addHook('onRequest', (req, reply, done) => {
    apply(req.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined));
  });
}
