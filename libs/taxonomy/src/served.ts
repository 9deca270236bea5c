/**
 * The taxonomy a service answers with: the PostgreSQL store when it holds anything, else the demo
 * shipped with the project, in memory (tests and a fresh development database still answer; `npm
 * start` imports the demo into an empty store, so this fallback is for databases nobody imported into).
 */
import { loadTaxonomySnapshot, taxonomyStoreIsEmpty, type StoreDb } from './store-reader';
import { loadDemoTaxonomy, type Taxonomy } from './taxonomy';

export type TaxonomySource = 'store' | 'demo';

export interface ServedTaxonomy {
  taxonomy: Taxonomy;
  source: TaxonomySource;
}

let demo: Promise<Taxonomy> | null = null;

/** The demo taxonomy, read once per process (several apps in one test process share it). */
export function sharedDemoTaxonomy(): Promise<Taxonomy> {
  demo ??= loadDemoTaxonomy().catch((e: unknown) => {
    demo = null;
    throw e;
  });
  return demo;
}

export async function loadServedTaxonomy(db: StoreDb): Promise<ServedTaxonomy> {
  if (await taxonomyStoreIsEmpty(db)) return { taxonomy: await sharedDemoTaxonomy(), source: 'demo' };
  return { taxonomy: await loadTaxonomySnapshot(db), source: 'store' };
}
