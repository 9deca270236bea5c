export * from './generate';
export * from './load';
export * from './print';
export * from './first-start';
export * from './types';
export { DEMO_ORGANISATIONS, DEMO_MARKER_ORGANISATION } from './organisations';
export { SHOWCASE } from './showcase';
