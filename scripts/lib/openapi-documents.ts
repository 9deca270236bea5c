import { ModulesContainer, NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { METHOD_METADATA } from '@nestjs/common/constants';
import type { OpenAPIObject } from '@nestjs/swagger';
import { createHttpAdapter, loadConfig, PUBLIC_KEY, RedisThrottlerStorage, ROLES_KEY, type AppConfig } from '@app/platform';
import { buildApiDocument } from '@app/platform/openapi';
import { PROFILE_SERVICE, ProfileServiceModule } from '../../apps/profile-service/src/profile-service.module';
import { VACANCY_SERVICE, VacancyServiceModule } from '../../apps/vacancy-service/src/vacancy-service.module';

/** The apps with an HTTP API document (the scorer serves only health and metrics). */
export const DOCUMENTED_APPS = [
  { name: 'profile-service', info: PROFILE_SERVICE, module: (c: AppConfig) => ProfileServiceModule.forRoot(c) },
  { name: 'vacancy-service', info: VACANCY_SERVICE, module: (c: AppConfig) => VacancyServiceModule.forRoot(c) },
] as const;

/** Who may call an operation, by the guard's own metadata: open, some roles, or nobody (no roles declared). */
export type OperationAccess = 'public' | 'roles' | 'closed';

export interface AppDocument {
  name: string;
  document: OpenAPIObject;
  /** Keyed by operationId (`Controller_method`, @nestjs/swagger's default). */
  access: Map<string, OperationAccess>;
}

// Nothing listens on port 1: the URLs only satisfy the config schema. No connection is ever made to
// PostgreSQL or to a queue (preview mode below); the one eager client, the rate limiter's, is closed.
const NO_SERVICES_CONFIG = { DATABASE_URL: 'postgres://openapi@127.0.0.1:1/none', REDIS_URL: 'redis://127.0.0.1:1', LOG_LEVEL: 'silent' } as const;

/**
 * Each app's OpenAPI document exactly as the running app serves it (the same buildApiDocument), without
 * a database or Redis: `preview: true` makes Nest scan the modules and resolve the graph without
 * instantiating a single provider, so no data source, queue or taxonomy load ever starts, while the
 * route metadata @nestjs/swagger reads is all there.
 */
export async function buildAppDocuments(): Promise<AppDocument[]> {
  const config = loadConfig(NO_SERVICES_CONFIG);
  const out: AppDocument[] = [];
  for (const app of DOCUMENTED_APPS) {
    const nest = await NestFactory.create(app.module(config) as never, createHttpAdapter(), { preview: true, logger: false, abortOnError: false });
    try {
      out.push({ name: app.name, document: buildApiDocument(nest, app.info), access: operationAccess(nest) });
    } finally {
      // Created by PlatformModule.forRoot itself (not by Nest), so preview mode does not spare it; the
      // preview app runs no shutdown hooks either.
      nest.get(RedisThrottlerStorage).onApplicationShutdown();
      await nest.close();
    }
  }
  return out;
}

/** The same lookup as ApiKeyGuard (handler first, then controller) for every route handler of the app. */
function operationAccess(app: INestApplication): Map<string, OperationAccess> {
  const access = new Map<string, OperationAccess>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
        const meta = (key: string) => Reflect.getMetadata(key, handler) ?? Reflect.getMetadata(key, controller);
        access.set(`${controller.name}_${name}`, meta(PUBLIC_KEY) ? 'public' : meta(ROLES_KEY) ? 'roles' : 'closed');
      }
    }
  }
  return access;
}
