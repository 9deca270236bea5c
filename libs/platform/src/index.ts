export * from './config';
export * from './logging';
export * from './errors';
export * from './auth';
export * from './health';
export * from './platform.module';
export * from './http/bootstrap-http-app';
export * from './http/csv-body';
