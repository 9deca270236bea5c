import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Histogram, type Registry } from 'prom-client';

/**
 * Label of requests no route matched: 404s and what is refused before routing (a CORS preflight
 * answered by the CORS plugin). A body over the limit or a NUL character is refused after routing on
 * Fastify, so it carries its route's pattern.
 */
export const UNMATCHED_ROUTE = 'unmatched';

/** From 5 ms (a cached read) to 10 s (past every wait a request may do on the queue). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The route pattern a request matched (`/profiles/:id`, Bull Board's `/admin/queues/api/queues/:queueName`
 * with the prefix it is registered under), never its URL: a label per id would be a new series per person.
 */
export function routeLabel(req: Pick<FastifyRequest, 'routeOptions' | 'is404'>): string {
  const url = req.routeOptions?.url;
  return typeof url === 'string' && !req.is404 ? url : UNMATCHED_ROUTE;
}

/**
 * `http_request_duration_seconds{method,route,status}`: from the first hook (onRequest) to the last byte
 * handed to the socket (onResponse).
 */
export function registerHttpMetrics(fastify: FastifyInstance, registry: Registry): void {
  const histogram = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  type Timed = { metricsEnd?: ReturnType<typeof histogram.startTimer> };
  fastify.addHook('onRequest', (req, _reply, done) => {
    (req as Timed).metricsEnd = histogram.startTimer();
    done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    (req as Timed).metricsEnd?.({ method: req.method, route: routeLabel(req), status: String(reply.statusCode) });
    done();
  });
}
