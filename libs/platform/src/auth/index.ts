export * from './api-key-secret';
export * from './api-key-lookup';
export * from './api-key-cache';
export * from './with-api-key-cache';
export * from './api-key.guard';
export * from './roles.decorator';
export * from './principal';
export * from './me.controller';
