export * from './availability';
export * from './sections';
export * from './profile';
export * from './restricted';
export * from './derived-facts';
export * from './views';
export { PROFILE_CEFR_LEVELS } from './primitives';
