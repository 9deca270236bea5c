export * from './fair';
export * from './shortlist';
export * from './cohort';
export * from './jobs';
