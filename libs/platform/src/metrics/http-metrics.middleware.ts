import type { NextFunction, Request, Response } from 'express';
import { Histogram, type Registry } from 'prom-client';

/**
 * Label of requests no route matched: 404s, refusals before routing (a body over the limit, a NUL
 * character, a CORS preflight, Bull Board's key check) and what middleware serves itself (Bull Board's
 * static files).
 */
export const UNMATCHED_ROUTE = 'unmatched';

/** From 5 ms (a cached read) to 10 s (past every wait a request may do on the queue). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The route pattern a request matched (`/profiles/:id`), never its URL: a label per id would be a new
 * series per person. `baseUrl` covers routers mounted under a path (Bull Board at /admin/queues); a
 * route declared with several patterns (Bull Board's page) is labelled with all of them, `(/a|/b)`.
 */
export function routeLabel(req: Pick<Request, 'baseUrl' | 'route'>): string {
  const path: unknown = req.route?.path;
  const base = req.baseUrl ?? '';
  if (typeof path === 'string') return `${base}${path}`;
  if (Array.isArray(path) && path.length > 0 && path.every((p) => typeof p === 'string')) return `${base}(${path.join('|')})`;
  return UNMATCHED_ROUTE;
}

/**
 * `http_request_duration_seconds{method,route,status}`: from the first middleware to the last byte
 * handed to the socket ('finish'). The route is read at 'finish', when routing has happened.
 */
export function httpMetricsMiddleware(registry: Registry) {
  const histogram = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [registry],
  });
  return (req: Request, res: Response, next: NextFunction): void => {
    const end = histogram.startTimer();
    res.on('finish', () => end({ method: req.method, route: routeLabel(req), status: String(res.statusCode) }));
    next();
  };
}
