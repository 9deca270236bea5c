export * from './api-error';
export * from './error.filter';
export * from './zod-details';
