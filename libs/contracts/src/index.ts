export * from './roles';
export * from './errors';
export * from './organisations';
export * from './jobs';
