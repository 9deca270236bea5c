/**
 * One loaded taxonomy: the snapshot (integer ids, relations), the label index over it and URI lookups.
 * Built once per process from any source (CSV folders, the demo, the PostgreSQL store).
 */
import { demoDataDir } from './demo';
import { readEscoFolders } from './esco-csv';
import { extractConcepts, type ExtractOptions, type Extraction } from './extract';
import { LabelIndex, type Candidate, type LookupOptions } from './label-index';
import { TaxonomyIds } from './relatedness';
import { buildSnapshot, labelEntries, type TaxonomySnapshot } from './snapshot';
import type { EscoDataset } from './types';

export class Taxonomy {
  readonly index: LabelIndex;
  readonly ids: TaxonomyIds;

  constructor(readonly snapshot: TaxonomySnapshot) {
    this.index = LabelIndex.build(labelEntries(snapshot));
    this.ids = new TaxonomyIds(snapshot);
  }

  static fromDataset(ds: EscoDataset): Taxonomy {
    return new Taxonomy(buildSnapshot(ds));
  }

  /** Autocomplete / resolve a skill name. */
  skills(q: string, opts: Omit<LookupOptions, 'kind'> = {}): Candidate[] {
    return this.index.lookup(q, { ...opts, kind: 'skill' });
  }

  /** Autocomplete / resolve a job title. */
  occupations(q: string, opts: Omit<LookupOptions, 'kind'> = {}): Candidate[] {
    return this.index.lookup(q, { ...opts, kind: 'occupation' });
  }

  extract(text: string, opts: ExtractOptions = {}): Extraction {
    return extractConcepts(this.index, text, opts);
  }
}

/** Reads ESCO CSV folders (see readEscoFolders) into a ready Taxonomy. */
export async function loadTaxonomyFromCsv(dirs: string | string[]): Promise<Taxonomy> {
  return Taxonomy.fromDataset(await readEscoFolders(dirs));
}

/** The shipped demo taxonomy. */
export async function loadDemoTaxonomy(): Promise<Taxonomy> {
  return loadTaxonomyFromCsv(demoDataDir());
}
