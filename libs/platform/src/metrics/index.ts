export * from './app-registry';
export * from './metrics.controller';
export * from './http-metrics.middleware';
export * from './cached-sample';
