export * from './queues';
export * from './outbox/outbox-writer';
export * from './outbox/outbox-relay';
export * from './outbox/outbox-relay.service';
export * from './redis-connection';
export * from './redis-health';
export * from './messaging.module';
export * from './graceful-worker-host';
