import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { Registry } from 'prom-client';
import type { ApiKeyCacheOptions } from '../auth/api-key-cache';
import { withApiKeyCache } from '../auth/with-api-key-cache';
import type { AppConfig } from '../config/config.schema';
import { loadConfigOrExit } from '../config/load-config';
import { exitUnlessReachable } from '../config/reachability';
import { createLogger, PinoNestLogger } from '../logging/logger';
import { buildApiDocument } from '../openapi/api-document';
import { registerHttpMetrics } from '../metrics/http-metrics.hook';
import { registerBodyParsers } from './body-parsers';
import { createHttpAdapter } from './fastify-adapter';
import { registerNulRefusal } from './nul-characters';
import { registerRequestId, requestIdOf } from './request-id.hook';
import { registerSecurityHeaders } from './security-headers.hook';

export interface HttpAppOptions {
  service: string;
  title: string;
  description: string;
  defaultPort: number;
  /** Remember API keys for a short TTL (withApiKeyCache); unset = look the key up on every request. */
  apiKeyCache?: ApiKeyCacheOptions;
}

/**
 * Options of NestFactory.create / createNestApplication for every app: the body parsers are ours
 * (registerBodyParsers), not Nest's defaults.
 */
export const NEST_APP_OPTIONS = { bodyParser: false } as const;

/** Everything an HTTP app needs besides its module; shared so the three apps cannot drift apart. */
export async function createHttpApp(module: unknown, config: AppConfig, opts: HttpAppOptions): Promise<INestApplication> {
  const logger = createLogger(opts.service, config.LOG_LEVEL);
  const app = await NestFactory.create<NestFastifyApplication>(module as never, createHttpAdapter(), { ...NEST_APP_OPTIONS, logger: new PinoNestLogger(logger), bufferLogs: true });
  await configureHttpApp(app, logger, { ...opts, corsOrigins: config.CORS_ORIGINS });
  return app;
}

/**
 * Hooks and plugins on the app's Fastify instance, before `init()` (which registers the routes). An app
 * built elsewhere (tests) must be created with createHttpAdapter() and NEST_APP_OPTIONS.
 */
export async function configureHttpApp(app: INestApplication, logger: Logger, opts: Pick<HttpAppOptions, 'title' | 'description'> & { corsOrigins?: string[] }): Promise<void> {
  app.enableShutdownHooks();
  const fastify = (app as NestFastifyApplication).getHttpAdapter().getInstance() as unknown as FastifyInstance;
  registerBodyParsers(fastify);
  // First: the request id (echoed, and the context of every log line and job the request causes) and
  // the latency histogram, so both see every request, refused ones included.
  registerRequestId(fastify);
  registerHttpMetrics(fastify, app.get(Registry));
  registerNulRefusal(fastify);
  // Security headers (helmet's defaults, built once: security-headers.hook.ts); Fastify sends no
  // framework banner. CORS only for the origins configured (CORS_ORIGINS, e.g. a console served
  // elsewhere); off by default.
  registerSecurityHeaders(fastify);
  if (opts.corsOrigins?.length) {
    app.enableCors({ origin: opts.corsOrigins, allowedHeaders: ['Authorization', 'X-API-Key', 'Content-Type', 'Accept-Language', 'If-None-Match', 'X-Request-Id'], exposedHeaders: ['X-Request-Id'], maxAge: 600 });
  }
  registerRequestLog(fastify, logger);
  SwaggerModule.setup('docs', app, buildApiDocument(app, opts), { jsonDocumentUrl: 'openapi.json' });
}

/** init() and Fastify's ready(): routes registered and plugins loaded, so the server answers (tests use it without listen). */
export async function initHttpApp(app: INestApplication): Promise<void> {
  await app.init();
  await ((app as NestFastifyApplication).getHttpAdapter().getInstance() as unknown as FastifyInstance).ready();
}

export async function listen(app: INestApplication, config: AppConfig, opts: HttpAppOptions): Promise<string> {
  const port = config.PORT ?? opts.defaultPort;
  await app.listen(port, config.HOST);
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  return url;
}

/**
 * One line per request: method, path, status, time and request id; never query values, bodies or
 * headers. Written when the response has been sent, outside the request's async context: the id is
 * passed itself.
 */
function registerRequestLog(fastify: FastifyInstance, logger: Logger): void {
  // Below info (benchmarks run at warn) the line would be dropped: no hook at all.
  if (!logger.isLevelEnabled('info')) return;
  type Timed = { logStarted?: bigint };
  fastify.addHook('onRequest', (req, _reply, done) => {
    (req as Timed).logStarted = process.hrtime.bigint();
    done();
  });
  fastify.addHook('onResponse', (req, reply, done) => {
    const started = (req as Timed).logStarted ?? process.hrtime.bigint();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const path = req.url.split('?')[0];
    if (!path.startsWith('/health')) logger.info({ method: req.method, path, status: reply.statusCode, ms: Math.round(ms * 10) / 10, requestId: requestIdOf(req) }, 'http');
    done();
  });
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
