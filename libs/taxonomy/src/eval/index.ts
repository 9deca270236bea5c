// The taxonomy evaluation (scripts/eval-taxonomy.ts, docs/quality.md): a sub-entry (`@app/taxonomy/eval`),
// not exported from `@app/taxonomy`, so the apps never load it.
export * from './bm25';
export * from './metrics';
export * from './fixture';
export * from './evaluate';
export * from './held-out';
export * from './report';
export * from './pooled';
