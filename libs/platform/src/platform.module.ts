import { DynamicModule, Global, Module, type ExecutionContext } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ZodValidationPipe } from 'nestjs-zod';
import { Registry } from 'prom-client';
import { ApiKeyGuard } from './auth/api-key.guard';
import { InvalidationBus } from './cache/invalidation-bus';
import { ApiKeyVerifier } from './auth/api-key.verifier';
import type { AppConfig } from './config/config.schema';
import { ErrorEnvelopeFilter } from './errors/error.filter';
import { MeController } from './auth/me.controller';
import { HealthController } from './health/health.controller';
import { ReadinessRegistry } from './health/readiness.registry';
import { createAppRegistry } from './metrics/app-registry';
import { MetricsController } from './metrics/metrics.controller';
import { ApiKeyThrottlerGuard } from './throttling/api-key-throttler.guard';
import { AUTH_FAILURES, AuthFailures } from './throttling/auth-failures';
import { STRICT_RATE_LIMIT } from './throttling/rate-limit.decorator';
import { RedisThrottlerStorage } from './throttling/redis-throttler.storage';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const SERVICE_NAME = Symbol('SERVICE_NAME');

/**
 * Cross-cutting HTTP concerns every app gets the same way: the validated config, zod validation of
 * every body/query/param, the error envelope, the API-key guard (needs API_KEY_LOOKUP from
 * persistence), the health endpoints and the app's metrics registry (`Registry`, served at /metrics;
 * libs add their collectors to it). The refusal of NUL characters PostgreSQL cannot store is a Fastify
 * hook (configureHttpApp), since it must see the parsed body.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(config: AppConfig, serviceName: string): DynamicModule {
    // Also a provider, so Nest's shutdown hook closes its Redis connection with the app.
    const storage = new RedisThrottlerStorage(config.REDIS_URL, config.QUEUE_PREFIX);
    const strict = (ctx: ExecutionContext) => Reflect.getMetadata(STRICT_RATE_LIMIT, ctx.getHandler()) === true || Reflect.getMetadata(STRICT_RATE_LIMIT, ctx.getClass()) === true;
    return {
      module: PlatformModule,
      imports: [
        // Rate limits (docs/operations.md): every call counts against its key's minute, the costly ones
        // (@StrictRateLimit) against a smaller one as well; a limit of 0 is off.
        ThrottlerModule.forRoot({
          storage,
          throttlers: [
            { name: 'default', ttl: 60_000, limit: Math.max(1, config.THROTTLE_PER_MINUTE), skipIf: () => config.THROTTLE_PER_MINUTE === 0 },
            { name: 'strict', ttl: 60_000, limit: Math.max(1, config.THROTTLE_STRICT_PER_MINUTE), skipIf: (ctx) => config.THROTTLE_STRICT_PER_MINUTE === 0 || !strict(ctx) },
          ],
        }),
      ],
      controllers: [HealthController, MeController, MetricsController],
      providers: [
        { provide: AUTH_FAILURES, useValue: new AuthFailures(config.AUTH_FAILURES_PER_MINUTE) },
        { provide: RedisThrottlerStorage, useValue: storage },
        // What in-process caches must forget, across this app's processes (cache/invalidation-bus.ts).
        { provide: InvalidationBus, useFactory: () => new InvalidationBus(config.REDIS_URL, config.QUEUE_PREFIX) },
        { provide: APP_CONFIG, useValue: config },
        { provide: SERVICE_NAME, useValue: serviceName },
        { provide: Registry, useValue: createAppRegistry(serviceName) },
        ReadinessRegistry,
        ApiKeyVerifier,
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
        // Guards run in this order: the rate limit first, so a flood never reaches the key lookup.
        { provide: APP_GUARD, useClass: ApiKeyThrottlerGuard },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
      exports: [APP_CONFIG, SERVICE_NAME, ReadinessRegistry, Registry, ApiKeyVerifier, InvalidationBus],
    };
  }
}
