export * from './placement';
export * from './report';
