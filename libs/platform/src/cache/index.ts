export * from './invalidation-bus';
