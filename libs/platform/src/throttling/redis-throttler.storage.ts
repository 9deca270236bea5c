import type { OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import Redis from 'ioredis';

/** Shape @nestjs/throttler expects from a storage (its ThrottlerStorageRecord; seconds, as its own storage gives). */
export interface ThrottleRecord {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/**
 * One round trip per check: count the hit in a fixed window, and once over the limit block the key for
 * `blockMs` (or the rest of the window). Returns hits, window ms left, block ms left.
 */
const SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
local blocked = redis.call('PTTL', KEYS[2])
if blocked < 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blocked = tonumber(ARGV[3])
end
return { hits, ttl, blocked }
`;

/**
 * Rate-limit counters in Redis, so every replica of an app shares them. Fails open: with Redis
 * unreachable (degraded mode) a request is not refused for want of a counter; its own connection does
 * not queue commands while offline, so a check never waits for a reconnect.
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(
    redisUrl: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 0, lazyConnect: false, connectionName: 'throttler' });
    this.redis.on('error', () => undefined); // readiness reports Redis; a limiter without it lets requests through
    this.redis.defineCommand('throttleHit', { numberOfKeys: 2, lua: SCRIPT });
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottleRecord> {
    const base = `${this.prefix}:throttle:${throttlerName}:${key}`;
    try {
      const [hits, ttlMs, blockMs] = (await (this.redis as unknown as { throttleHit(...a: Array<string | number>): Promise<number[]> }).throttleHit(
        base,
        `${base}:blocked`,
        ttl,
        limit,
        blockDuration > 0 ? blockDuration : ttl,
      )) as number[];
      return { totalHits: hits, timeToExpire: Math.ceil(Math.max(0, ttlMs) / 1000), isBlocked: blockMs > 0, timeToBlockExpire: Math.ceil(Math.max(0, blockMs) / 1000) };
    } catch {
      return { totalHits: 0, timeToExpire: Math.ceil(ttl / 1000), isBlocked: false, timeToBlockExpire: 0 };
    }
  }

  onApplicationShutdown(): void {
    this.redis.disconnect();
  }
}
