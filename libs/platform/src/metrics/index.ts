export * from './app-registry';
export * from './metrics.controller';
export * from './http-metrics.hook';
export * from './cached-sample';
