/**
 * One loaded taxonomy: the snapshot (integer ids, relations), the label index over it and URI lookups.
 * Built once per process from any source (CSV folders, the demo, the PostgreSQL store).
 */
import { demoDataDir } from './demo';
import { readEscoFolders } from './esco-csv';
import { extractConcepts, type ExtractOptions, type Extraction } from './extract';
import { LabelIndex, type Candidate, type LookupOptions } from './label-index';
import { withLocalLabels } from './local-labels';
import { TaxonomyIds } from './relatedness';
import { buildSnapshot, labelEntries, type TaxonomySnapshot } from './snapshot';
import type { EscoDataset, Lang } from './types';

export class Taxonomy {
  readonly index: LabelIndex;
  readonly ids: TaxonomyIds;

  constructor(readonly snapshot: TaxonomySnapshot) {
    this.index = LabelIndex.build(labelEntries(snapshot));
    this.ids = new TaxonomyIds(snapshot);
  }

  /** ESCO plus the regional labels of local-labels.ts (whatever the source, so results agree). */
  static fromDataset(ds: EscoDataset): Taxonomy {
    return new Taxonomy(buildSnapshot(withLocalLabels(ds)));
  }

  /** Preferred label of a concept in `lang`, else in English, else any ('' when the id is unknown). */
  preferredLabel(kind: 'skill' | 'occupation', id: number, lang?: Lang): string {
    const pref = (kind === 'skill' ? this.snapshot.skills : this.snapshot.occupations).labels.preferred;
    for (const l of [lang, 'en', ...this.snapshot.languages]) {
      const text = l ? pref[l]?.[id] : undefined;
      if (text) return text;
    }
    return '';
  }

  /** Autocomplete / resolve a skill name. */
  skills(q: string, opts: Omit<LookupOptions, 'kind'> = {}): Candidate[] {
    return this.index.lookup(q, { ...opts, kind: 'skill' });
  }

  /** Autocomplete / resolve a job title. */
  occupations(q: string, opts: Omit<LookupOptions, 'kind'> = {}): Candidate[] {
    return this.index.lookup(q, { ...opts, kind: 'occupation' });
  }

  /**
   * A job title as employers write it -> occupations, best first (what resolving a posted title and the
   * title evaluation use): a whole title, so no prefix completion.
   */
  titleOccupations(title: string, opts: { lang?: Lang; limit?: number } = {}): Candidate[] {
    return this.index.lookup(title, { kind: 'occupation', lang: opts.lang, limit: opts.limit ?? 10, prefix: false });
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
