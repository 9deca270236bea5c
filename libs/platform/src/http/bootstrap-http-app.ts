import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import type { Express, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import type { ApiKeyCacheOptions } from '../auth/api-key-cache';
import { withApiKeyCache } from '../auth/with-api-key-cache';
import type { AppConfig } from '../config/config.schema';
import { loadConfigOrExit } from '../config/load-config';
import { exitUnlessReachable } from '../config/reachability';
import { createLogger, PinoNestLogger } from '../logging/logger';
import { buildApiDocument } from '../openapi/api-document';
import { httpMetricsMiddleware } from '../metrics/http-metrics.middleware';
import { requestIdMiddleware, requestIdOf } from './request-id.middleware';

export interface HttpAppOptions {
  service: string;
  title: string;
  description: string;
  defaultPort: number;
  /** Remember API keys for a short TTL (withApiKeyCache); unset = look the key up on every request. */
  apiKeyCache?: ApiKeyCacheOptions;
}

/** Everything an HTTP app needs besides its module; shared so the three apps cannot drift apart. */
export async function createHttpApp(module: unknown, config: AppConfig, opts: HttpAppOptions): Promise<INestApplication> {
  const logger = createLogger(opts.service, config.LOG_LEVEL);
  const app = await NestFactory.create(module as never, { logger: new PinoNestLogger(logger), bufferLogs: true });
  configureHttpApp(app, logger, { ...opts, corsOrigins: config.CORS_ORIGINS });
  return app;
}

export function configureHttpApp(app: INestApplication, logger: Logger, opts: Pick<HttpAppOptions, 'title' | 'description'> & { corsOrigins?: string[] }): void {
  app.enableShutdownHooks();
  // No framework banner; helmet's security headers (nosniff, frame-ancestors/X-Frame-Options, HSTS,
  // a same-origin CSP that Swagger UI at /docs works under). CORS only for the origins configured
  // (CORS_ORIGINS, e.g. a console served elsewhere); off by default.
  const express = app.getHttpAdapter().getInstance() as Express;
  express.disable('x-powered-by');
  // The console's server (scripts/lib/console-server.ts) forwards every console user's calls from
  // loopback: X-Forwarded-For from a loopback peer names the real address, so per-address rate limits
  // and sign-in failure counts are per user, not one bucket for everyone behind the console.
  express.set('trust proxy', 'loopback');
  // First: the request id (echoed, and the context of every log line and job the request causes) and
  // the latency histogram, so both see every request, refused ones included.
  app.use(requestIdMiddleware());
  app.use(httpMetricsMiddleware(app.get(Registry)));
  app.use(helmet());
  if (opts.corsOrigins?.length) {
    app.enableCors({ origin: opts.corsOrigins, allowedHeaders: ['Authorization', 'X-API-Key', 'Content-Type', 'Accept-Language', 'If-None-Match', 'X-Request-Id'], exposedHeaders: ['X-Request-Id'], maxAge: 600 });
  }
  app.use(requestLogger(logger));
  SwaggerModule.setup('docs', app, buildApiDocument(app, opts), { jsonDocumentUrl: 'openapi.json' });
}

export async function listen(app: INestApplication, config: AppConfig, opts: HttpAppOptions): Promise<string> {
  const port = config.PORT ?? opts.defaultPort;
  await app.listen(port, config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  return url;
}

/**
 * One line per request: method, path, status, time and request id; never query values, bodies or
 * headers. Written at 'finish', possibly outside the request's async context: the id is passed itself.
 */
function requestLogger(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    // Below info (benchmarks run at warn) the line would be dropped: skip the timer and the listener.
    if (!logger.isLevelEnabled('info')) return next();
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (req.path.startsWith('/health')) return;
      logger.info({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10, requestId: requestIdOf(req) }, 'http');
    });
    next();
  };
}

/** The whole entry point of an HTTP app: validated config, reachable infrastructure, listen, say where. */
export async function runHttpApp(opts: HttpAppOptions, moduleFor: (config: AppConfig) => unknown, env: NodeJS.ProcessEnv = process.env): Promise<INestApplication> {
  const config = loadConfigOrExit(env);
  await exitUnlessReachable(config);
  const root = moduleFor(config);
  const app = await createHttpApp(opts.apiKeyCache ? withApiKeyCache(root, opts.apiKeyCache) : root, config, opts);
  const url = await listen(app, config, opts);
  process.stdout.write(`${opts.service} listening on ${url}\n`);
  return app;
}
