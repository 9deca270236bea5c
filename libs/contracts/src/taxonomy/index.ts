export * from './lookup';
export * from './extract';
