import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { Registry } from 'prom-client';
import { Public } from '../auth/roles.decorator';

/**
 * `GET /metrics`, Prometheus text format, on every app. Open without an API key, like the health probes
 * (docs/operations.md, "Metrics"): it holds counts, durations and route patterns, never ids or personal
 * data, and a scraper holding an API key would hold a role's rights to the whole API. Keep it off the
 * public ingress. Never rate limited: a scraper refused under load would leave a gap exactly when the
 * figures matter; the collectors that query PostgreSQL or Redis answer from a result at most a second old.
 */
@ApiTags('metrics')
@Public()
@SkipThrottle()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly registry: Registry) {}

  @Get()
  @ApiOperation({ summary: 'Prometheus metrics', description: 'Text exposition format; no API key, never rate limited. Counts, durations and route patterns only (docs/operations.md, "Metrics").' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus text exposition format (version 0.0.4)', schema: { type: 'string' } })
  async metrics(@Res({ passthrough: true }) res: FastifyReply): Promise<string> {
    res.header('Content-Type', this.registry.contentType);
    return this.registry.metrics();
  }
}
