import { DynamicModule, Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { ApiKeyGuard } from './auth/api-key.guard';
import type { AppConfig } from './config/config.schema';
import { ErrorEnvelopeFilter } from './errors/error.filter';
import { MeController } from './auth/me.controller';
import { HealthController } from './health/health.controller';
import { ReadinessRegistry } from './health/readiness.registry';
import { NulCharactersMiddleware } from './http/nul-characters';

export const APP_CONFIG = Symbol('APP_CONFIG');
export const SERVICE_NAME = Symbol('SERVICE_NAME');

/**
 * Cross-cutting HTTP concerns every app gets the same way: the validated config, zod validation of
 * every body/query/param, the error envelope, the API-key guard (needs API_KEY_LOOKUP from
 * persistence), the health endpoints, and the refusal of NUL characters PostgreSQL cannot store.
 */
@Global()
@Module({})
export class PlatformModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(NulCharactersMiddleware).forRoutes('*path');
  }

  static forRoot(config: AppConfig, serviceName: string): DynamicModule {
    return {
      module: PlatformModule,
      controllers: [HealthController, MeController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: SERVICE_NAME, useValue: serviceName },
        ReadinessRegistry,
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorEnvelopeFilter },
        { provide: APP_GUARD, useClass: ApiKeyGuard },
      ],
      exports: [APP_CONFIG, SERVICE_NAME, ReadinessRegistry],
    };
  }
}
