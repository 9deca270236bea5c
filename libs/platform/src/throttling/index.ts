export * from './auth-failures';
export * from './api-key-throttler.guard';
export * from './rate-limit.decorator';
export * from './redis-throttler.storage';
