export * from './pipeline';
export * from './placement-access';
export * from './placement.service';
