import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { CreatedApiKey, Role } from '@app/contracts';
import { createApiKey, insertOrganisation } from '@app/persistence';
import { configureHttpApp, createHttpAdapter, createLogger, initHttpApp, loadConfig, NEST_APP_OPTIONS, PinoNestLogger, type AppConfig } from '@app/platform';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { TEST_REDIS_URL } from './env';
import { uniqueQueuePrefix } from './redis';

export function testConfig(databaseUrl: string, overrides: Partial<Record<keyof AppConfig, string>> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: uniqueQueuePrefix(),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'silent',
    OUTBOX_POLL_MS: '50',
    // Tests drive the APIs far faster than people do; the rate-limit test turns these on.
    THROTTLE_PER_MINUTE: '0',
    THROTTLE_STRICT_PER_MINUTE: '0',
    AUTH_FAILURES_PER_MINUTE: '0',
    ...overrides,
  });
}

/**
 * Boots an app module in-process exactly as main.ts does (same filters, guard, pipes, docs), without
 * listening. `logger`: where its lines go (default: stdout at LOG_LEVEL); a test that reads log lines
 * passes one writing to memory.
 */
export async function createTestApp(module: unknown, config: AppConfig, logger: Logger = createLogger('test', config.LOG_LEVEL)): Promise<INestApplication> {
  const ref = await Test.createTestingModule({ imports: [module as never] }).compile();
  const app = ref.createNestApplication(createHttpAdapter(), { ...NEST_APP_OPTIONS, logger: new PinoNestLogger(logger) });
  await configureHttpApp(app, logger, { title: 'test', description: 'test', corsOrigins: config.CORS_ORIGINS });
  await initHttpApp(app);
  return app;
}

/** An organisation with a key of the given role, straight in the database (test arrangement). */
export async function seedKey(ds: DataSource, role: Role, kind: Parameters<typeof insertOrganisation>[1]['kind'] = 'ngo', name = `${role} org`): Promise<CreatedApiKey> {
  return ds.transaction(async (m) => {
    const org = await insertOrganisation(m, { name, kind });
    return createApiKey(m, { organisationId: org.id, role, label: `${role} test key` });
  });
}

export const bearer = (key: { key: string }) => ({ Authorization: `Bearer ${key.key}` });
