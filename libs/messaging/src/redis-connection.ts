import { redisOptionsFromUrl } from '@app/platform';
import type { ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/** Options for BullMQ connections (workers need maxRetriesPerRequest: null; BullMQ sets it for them). */
export function bullConnection(url: string, extra: RedisOptions = {}): ConnectionOptions {
  // BullMQ declares its own structural RedisOptions; ioredis' options satisfy it at run time.
  return { ...redisOptionsFromUrl(url), ...extra } as ConnectionOptions;
}

/**
 * A connection that fails at once while Redis is unreachable instead of queueing commands in memory:
 * what a producer behind the outbox and a readiness probe want. It keeps reconnecting in the background.
 */
export function failFastRedisOptions(url: string): RedisOptions {
  return {
    ...redisOptionsFromUrl(url),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(100 * times, 2000),
  };
}

export function createFailFastRedis(url: string): Redis {
  const client = new Redis(failFastRedisOptions(url));
  client.on('error', () => undefined); // state is read through ping(); reconnects are automatic
  return client;
}
