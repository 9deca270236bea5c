import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { Registry } from 'prom-client';
import { httpMetricsMiddleware, routeLabel, UNMATCHED_ROUTE } from './http-metrics.middleware';

describe('routeLabel', () => {
  it('is the matched pattern under its mount path, never the URL', () => {
    expect(routeLabel({ baseUrl: '', route: { path: '/profiles/:id' } } as Request)).toBe('/profiles/:id');
    expect(routeLabel({ baseUrl: '/admin/queues', route: { path: '/api/queues/:queueName' } } as Request)).toBe('/admin/queues/api/queues/:queueName');
  });

  it('names every pattern of a route declared with several', () => {
    expect(routeLabel({ baseUrl: '/admin/queues', route: { path: ['/', '/queue/:queueName'] } } as Request)).toBe('/admin/queues(/|/queue/:queueName)');
  });

  it('is "unmatched" when no route matched (404s, refusals before routing, regular expressions)', () => {
    expect(routeLabel({ baseUrl: '' } as Request)).toBe(UNMATCHED_ROUTE);
    expect(routeLabel({ baseUrl: '', route: { path: /^\/x/ } } as unknown as Request)).toBe(UNMATCHED_ROUTE);
  });
});

describe('httpMetricsMiddleware', () => {
  it('observes each finished request once, by method, route and status', async () => {
    const registry = new Registry();
    const mw = httpMetricsMiddleware(registry);
    const req = { method: 'GET', baseUrl: '' } as Request;
    const res = Object.assign(new EventEmitter(), { statusCode: 404 }) as unknown as Response;
    const next = jest.fn() as NextFunction;
    mw(req, res, next);
    expect(next).toHaveBeenCalled();
    // Routing happens after the middleware: the label is read when the response finishes.
    (req as { route?: unknown }).route = { path: '/profiles/:id' };
    res.emit('finish');
    const text = await registry.metrics();
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/profiles/:id",status="404"} 1');
  });
});
