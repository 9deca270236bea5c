export * from './lookup';
export * from './extract';
export * from './info';
