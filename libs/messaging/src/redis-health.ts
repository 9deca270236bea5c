import { Inject, Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, ReadinessRegistry, type AppConfig } from '@app/platform';
import type { Redis } from 'ioredis';
import { createFailFastRedis } from './redis-connection';

/** Registers the Redis readiness check on a connection that fails fast while Redis is away. */
@Injectable()
export class RedisHealth implements OnModuleInit, OnModuleDestroy {
  private readonly client: Redis;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly readiness: ReadinessRegistry,
  ) {
    this.client = createFailFastRedis(config.REDIS_URL);
  }

  onModuleInit(): void {
    this.readiness.register('redis', async () => {
      const pong = await this.client.ping();
      if (pong !== 'PONG') throw new Error(`unexpected reply ${pong}`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    this.client.disconnect();
  }
}
