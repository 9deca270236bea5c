export * from './opportunity';
export * from './schemaorg';
