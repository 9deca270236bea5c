export * from './rank-jobs';
export * from './results';
export * from './recommendations';
export * from './candidates';
export * from './replacements';
export * from './match-requests';
export * from './reasons';
