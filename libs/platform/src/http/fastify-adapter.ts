import { FastifyAdapter } from '@nestjs/platform-fastify';

/** Largest JSON body any route takes (Express's body-parser default, kept when moving to Fastify). */
export const JSON_BODY_LIMIT = 100 * 1024;

/**
 * Largest text/csv body read at all; each route then applies its own, smaller-or-equal limit with a
 * message naming it (csv-body.ts `readTextBody`).
 */
export const CSV_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * The HTTP platform of every app: Fastify (measured: a bare Nest no-op route answers ~5x the requests
 * per second of Nest on Express on this machine, docs/bench-http.md "Fifth round"). Options keep what
 * Express did: routes match case-insensitively and with or without a trailing slash, and
 * X-Forwarded-For is trusted from loopback only: the console's server (scripts/lib/console-server.ts)
 * forwards every console user's calls from loopback and names the real address there, so per-address
 * rate limits and sign-in failure counts are per user, not one bucket for everyone behind the console.
 */
export function createHttpAdapter(): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy: 'loopback',
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
    // Nest logs through pino itself (PinoNestLogger); Fastify's own logger stays off.
    logger: false,
  });
}
