/**
 * One loaded taxonomy: the snapshot (integer ids, relations), the label index over it and URI lookups.
 * Built once per process from any source (CSV folders, the demo, the PostgreSQL store).
 */
import { Bm25Index, type Descriptions } from './bm25-index';
import { demoDataDir } from './demo';
import { readEscoFolders } from './esco-csv';
import { extractConcepts, type ExtractOptions, type Extraction } from './extract';
import { closeForms, contentStems, tokenise, type Token } from './normalise';
import { bestPerConcept, LabelIndex, type Candidate, type LookupOptions } from './label-index';
import { withLocalLabels } from './local-labels';
import { TaxonomyIds } from './relatedness';
import { buildSnapshot, labelEntries, type TaxonomySnapshot } from './snapshot';
import { normaliseTitle } from './title-normalise';
import type { EscoDataset, Lang } from './types';

/** The raw title, looked up as written when normalisation changed it: trusted a little less. */
export const RAW_TITLE_FACTOR = 0.98;
/** An occupation whose label lacks the title's head word. */
export const HEAD_MISSING_FACTOR = 0.9;
/**
 * An occupation none of whose labels holds a word of the domain a later part of the title names
 * ("Team Leader - contact centre": the zoo's "team leader" is another job).
 */
export const DOMAIN_MISSING_FACTOR = 0.8;

/**
 * A title's match loses this times the share of its content words that meet the label only through the
 * shared stem of another word ("seguridad" and "seguros", "restaurante" and "restaurador", "fabrication"
 * and "fabric"). Close forms (a gender or plural ending: "cocinera" / "cocinero", "jornaleros" /
 * "jornalero") are the same word.
 */
export const CONFLATION_PENALTY = 0.2;

/** Share of the title's content words that meet the label only through another word's stem. */
function conflatedShare(query: Token[], label: Token[]): number {
  if (query.length === 0) return 0;
  let conflated = 0;
  for (const q of query) {
    const same = label.filter((l) => l.stem === q.stem);
    if (same.length > 0 && !same.some((l) => closeForms(l.norm, q.norm))) conflated++;
  }
  return conflated / query.length;
}

/** Stem of the head word of a title: the first content word in Spanish, the last in English. */
function headStem(title: string, lang: Lang): string | null {
  const words = contentStems(title.split('/')[0], lang);
  if (words.length < 2) return null;
  return lang === 'es' ? words[0] : lang === 'en' ? words[words.length - 1] : null;
}

export class Taxonomy {
  readonly index: LabelIndex;
  readonly ids: TaxonomyIds;
  private search?: Bm25Index;
  /** Content stems of every label of an occupation, per language (built as titles need them). */
  private readonly occupationStems = new Map<string, Set<string>>();

  /** `skillDescriptions`: by snapshot id, per language (the search of extract's ranking reads them). */
  constructor(
    readonly snapshot: TaxonomySnapshot,
    private readonly skillDescriptions: Descriptions = {},
  ) {
    this.index = LabelIndex.build(labelEntries(snapshot));
    this.ids = new TaxonomyIds(snapshot);
  }

  /** ESCO plus the regional labels of local-labels.ts (whatever the source, so results agree). */
  static fromDataset(ds: EscoDataset): Taxonomy {
    const snapshot = buildSnapshot(withLocalLabels(ds));
    return new Taxonomy(snapshot, descriptionsById(ds, snapshot));
  }

  /** BM25 over the skills' labels and descriptions, built on first use (only text extraction needs it). */
  get skillSearch(): Bm25Index {
    this.search ??= Bm25Index.build({ ...this.snapshot, skills: { ...this.snapshot.skills, descriptions: this.skillDescriptions } }, 'skill');
    return this.search;
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
   * title evaluation use): a whole title, so no prefix completion. The title is normalised first
   * (title-normalise.ts: employer, place, shift, contract, seniority, pay, codes and licences out,
   * alternatives tried one by one); every variant is looked up and each concept keeps its best
   * factor × confidence, the raw title being one more variant (a fallback when cleaning lost the job).
   */
  titleOccupations(title: string, opts: { lang?: Lang; limit?: number } = {}): Candidate[] {
    const limit = opts.limit ?? 10;
    // Each variant's list is re-weighted before the cut: look a little deeper than asked.
    const lookup = (text: string) => this.index.lookup(text, { kind: 'occupation', lang: opts.lang, limit: Math.max(limit, 10), prefix: false });
    const { variants, domain } = normaliseTitle(title, { jobWordWeight: (w) => this.index.occupationWordWeight(w, opts.lang) });
    const domainStems = opts.lang && domain ? contentStems(domain, opts.lang) : [];
    // Another domain's job: its preferred label names something the title does not ("zoo section leader"
    // for "team leader") and none of its labels holds a domain word.
    const titleStems = new Set(opts.lang ? [...contentStems(title, opts.lang)] : []);
    const inDomain = (c: Candidate) =>
      domainStems.length === 0 ||
      c.lang !== opts.lang ||
      contentStems(this.snapshot.occupations.labels.preferred[c.lang]?.[c.id] ?? '', c.lang).every((s) => titleStems.has(s)) ||
      domainStems.some((s) => this.labelStems(c.id, c.lang).has(s));
    const all: Candidate[] = [];
    for (const v of variants) {
      const head = opts.lang ? headStem(v.text, opts.lang) : null;
      const words = new Map<Lang, Token[]>();
      const wordsIn = (lang: Lang) => words.get(lang) ?? words.set(lang, tokenise(v.text, lang).filter((t) => !t.stop)).get(lang)!;
      for (const c of lookup(v.text)) {
        // A title names its head word (Spanish: the first, English: the last): a label without it is another job.
        const f =
          v.factor *
          (head && c.lang === opts.lang && !contentStems(c.label, c.lang).includes(head) ? HEAD_MISSING_FACTOR : 1) *
          (inDomain(c) ? 1 : DOMAIN_MISSING_FACTOR) *
          (1 - CONFLATION_PENALTY * conflatedShare(wordsIn(c.lang), tokenise(c.label, c.lang)));
        all.push(f === 1 ? c : { ...c, confidence: c.confidence * f });
      }
    }
    if (!variants.some((v) => v.text === title.trim())) {
      for (const c of lookup(title)) all.push({ ...c, confidence: c.confidence * RAW_TITLE_FACTOR * (inDomain(c) ? 1 : DOMAIN_MISSING_FACTOR) });
    }
    return bestPerConcept(all, limit);
  }

  /** Content stems of all labels (preferred and alternative) of occupation `id` in `lang`. */
  private labelStems(id: number, lang: Lang): Set<string> {
    const key = `${lang}|${id}`;
    let stems = this.occupationStems.get(key);
    if (!stems) {
      const labels = this.snapshot.occupations.labels;
      stems = new Set([labels.preferred[lang]?.[id] ?? '', ...(labels.alt[lang]?.[id] ?? [])].flatMap((t) => contentStems(t, lang)));
      this.occupationStems.set(key, stems);
    }
    return stems;
  }

  extract(text: string, opts: ExtractOptions = {}): Extraction {
    return extractConcepts(this.index, text, opts, this.snapshot, this.skillSearch);
  }
}

/** The dataset's skill descriptions laid out by snapshot id, per language. */
function descriptionsById(ds: EscoDataset, snapshot: TaxonomySnapshot): Descriptions {
  const id = new Map(snapshot.skills.uris.map((u, i) => [u, i]));
  const out: Descriptions = {};
  for (const s of ds.skills) {
    const at = id.get(s.uri);
    if (at === undefined) continue;
    for (const [lang, text] of Object.entries(s.description ?? {})) if (text) (out[lang] ??= new Array<string>(snapshot.skills.uris.length).fill(''))[at] = text;
  }
  return out;
}

/** Reads ESCO CSV folders (see readEscoFolders) into a ready Taxonomy. */
export async function loadTaxonomyFromCsv(dirs: string | string[]): Promise<Taxonomy> {
  return Taxonomy.fromDataset(await readEscoFolders(dirs));
}

/** The shipped demo taxonomy. */
export async function loadDemoTaxonomy(): Promise<Taxonomy> {
  return loadTaxonomyFromCsv(demoDataDir());
}
