export * from './config.schema';
export * from './load-config';
export * from './redis-options';
export * from './reachability';
