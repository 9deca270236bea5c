export * from './api-document';
export * from './api-key-security';
export * from './error-responses';
export * from './zod-dto';
