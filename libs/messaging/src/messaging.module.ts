import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import { type AppConfig } from '@app/platform';
import { ALL_QUEUES, DEFAULT_JOB_OPTIONS } from './queues';
import { OutboxRelayService } from './outbox/outbox-relay.service';
import { QueueErrors } from './queue-errors';
import { RedisHealth } from './redis-health';
import { bullConnection } from './redis-connection';
import { JobMetrics } from './metrics/job.metrics';
import { QueueDepthMetrics } from './metrics/queue-depth.metrics';

export interface MessagingOptions {
  /** Run the outbox relay in this process (the scorer does; DESIGN: the scorer relays the outbox). */
  relay?: boolean;
}

@Global()
@Module({})
export class MessagingModule {
  static forRoot(config: AppConfig, opts: MessagingOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      imports: [
        BullModule.forRoot({ connection: bullConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX }),
        BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name, defaultJobOptions: DEFAULT_JOB_OPTIONS }))),
      ],
      // Queue depth in every app's /metrics (the same figures from each: dashboards take the max);
      // JobMetrics for the workers (GracefulWorkerHost) of the app that has them.
      providers: [RedisHealth, QueueErrors, QueueDepthMetrics, JobMetrics, ...(opts.relay ? [OutboxRelayService] : [])],
      exports: [BullModule, JobMetrics, ...(opts.relay ? [OutboxRelayService] : [])],
    };
  }
}
