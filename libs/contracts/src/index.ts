export * from './roles';
export * from './errors';
export * from './organisations';
export * from './jobs';
export * from './opportunities';
export * from './placements';
export * from './profiles';
export * from './taxonomy';
