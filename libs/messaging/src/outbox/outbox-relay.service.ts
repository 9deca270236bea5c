import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@app/platform';
import { Queue } from 'bullmq';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ALL_QUEUES, DEFAULT_JOB_OPTIONS } from '../queues';
import { bullConnection, failFastRedisOptions } from '../redis-connection';
import { OutboxRelay } from './outbox-relay';

/**
 * Runs the relay loop inside an app. Stops in onModuleDestroy, i.e. before the DataSource and the
 * Redis connections are closed in onApplicationShutdown.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  private readonly queues: Map<string, Queue>;
  readonly relay: OutboxRelay;

  constructor(@InjectDataSource() ds: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    this.queues = new Map(
      ALL_QUEUES.map((name) => [
        name,
        new Queue(name, { connection: bullConnection(config.REDIS_URL, failFastRedisOptions(config.REDIS_URL)), prefix: config.QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
      ]),
    );
    for (const q of this.queues.values()) q.on('error', () => undefined); // reported by the relay loop
    this.relay = new OutboxRelay(ds, this.queues, {
      batchSize: config.OUTBOX_BATCH_SIZE,
      pollMs: config.OUTBOX_POLL_MS,
      logger: { warn: (obj, msg) => this.logger.warn({ ...obj, msg }) },
    });
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay.stop();
    await Promise.all([...this.queues.values()].map((q) => q.close()));
  }
}
