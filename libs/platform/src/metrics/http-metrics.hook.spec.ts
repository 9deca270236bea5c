import Fastify from 'fastify';
import { Registry } from 'prom-client';
import { registerHttpMetrics, routeLabel, UNMATCHED_ROUTE } from './http-metrics.hook';

describe('routeLabel', () => {
  it('is the matched pattern under its mount path, never the URL', () => {
    expect(routeLabel({ routeOptions: { url: '/profiles/:id' }, is404: false } as never)).toBe('/profiles/:id');
    expect(routeLabel({ routeOptions: { url: '/admin/queues/api/queues/:queueName' }, is404: false } as never)).toBe('/admin/queues/api/queues/:queueName');
  });

  it('is "unmatched" when no route matched (404s, refusals before routing)', () => {
    expect(routeLabel({ routeOptions: {}, is404: true } as never)).toBe(UNMATCHED_ROUTE);
    expect(routeLabel({ routeOptions: { url: '*' }, is404: true } as never)).toBe(UNMATCHED_ROUTE);
  });
});

describe('registerHttpMetrics', () => {
  it('observes each finished request once, by method, route and status', async () => {
    const registry = new Registry();
    const app = Fastify();
    registerHttpMetrics(app, registry);
    app.get('/profiles/:id', async (_req, reply) => reply.status(404).send({}));
    await app.inject({ method: 'GET', url: '/profiles/0b5e6c1e-1111-4111-8111-111111111111' });
    await app.inject({ method: 'GET', url: '/no/such/route' });
    const text = await registry.metrics();
    expect(text).toContain('http_request_duration_seconds_count{method="GET",route="/profiles/:id",status="404"} 1');
    expect(text).toContain(`http_request_duration_seconds_count{method="GET",route="${UNMATCHED_ROUTE}",status="404"} 1`);
    await app.close();
  });
});
