/**
 * Okapi BM25 over ESCO concepts: the evaluation's baseline (labels alone, eval/bm25.ts) and one of the
 * service's two rankings of a sentence (labels and descriptions, fused with the readings in extract.ts).
 *
 * One document per concept and language: the concept's preferred label and its alternative (and hidden)
 * labels in that language, as the snapshot holds them, concatenated, and its description in that
 * language when the source gives one (ESCO v1.1.1 describes every skill in English; v1.0 Spanish has none). Analysis: lower case, accents
 * stripped, words of letters and digits, natural's stop words dropped, natural's Porter stemmer
 * (English) or Spanish Porter stemmer. Ranking: Okapi BM25 with k1 = 1.2, b = 0.75 and the Lucene IDF
 * ln(1 + (N - df + 0.5) / (df + 0.5)), summed over the distinct query terms. Nothing else: no phrase
 * or proximity bonus, no typo correction, no field weights, no regional labels.
 *
 * Deliberately independent of normalise.ts and the label index, so that the baseline does not move when
 * the service's text handling does.
 */
import { PorterStemmer, PorterStemmerEs, StopwordsEn, StopwordsEs } from './natural-parts';
import type { ConceptLabels } from './snapshot';
import type { Lang } from './types';

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export type Bm25Kind = 'skill' | 'occupation';

export interface Bm25Hit {
  /** Dense id of the concept in its kind (as in the snapshot). */
  id: number;
  uri: string;
  score: number;
  /** The query's analysed terms the concept's document holds (for spans). */
  terms: string[];
}

/** Concept descriptions per language, by dense id ('' or absent: none). */
export type Descriptions = Record<Lang, string[]>;

/** What the index needs of a TaxonomySnapshot (any snapshot fits). */
export interface Bm25Source {
  languages: Lang[];
  skills: { uris: string[]; labels: ConceptLabels; descriptions?: Descriptions };
  occupations: { uris: string[]; labels: ConceptLabels; descriptions?: Descriptions };
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const STOP: Record<string, ReadonlySet<string>> = {
  en: new Set(StopwordsEn.map(fold)),
  es: new Set(StopwordsEs.map(fold)),
};

const WORD = /[\p{L}\p{N}]+/gu;

/** BM25 analysis of a text in `lang`: folded words without stop words, stemmed (en, es; other languages unstemmed). */
export function bm25Terms(text: string, lang: Lang): string[] {
  const stop = STOP[lang];
  const out: string[] = [];
  for (const m of fold(text).matchAll(WORD)) {
    const w = m[0];
    if (stop?.has(w)) continue;
    out.push(lang === 'es' ? PorterStemmerEs.stem(w) : lang === 'en' ? PorterStemmer.stem(w) : w);
  }
  return out;
}

class LanguageDocs {
  /** term -> [doc ids, term frequencies] */
  readonly postings = new Map<string, { docs: Int32Array; tfs: Int32Array }>();
  docLength!: Float64Array;
  /** Concept id of each document. */
  concept!: Int32Array;
  avgLength = 0;
  scratch!: Float64Array;
  stamp!: Int32Array;
  queryStamp = 0;

  get size(): number {
    return this.concept.length;
  }

  idf(df: number): number {
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }
}

export class Bm25Index {
  private readonly languages = new Map<Lang, LanguageDocs>();

  private constructor(
    readonly kind: Bm25Kind,
    private readonly uris: readonly string[],
  ) {}

  static build(snapshot: Bm25Source, kind: Bm25Kind): Bm25Index {
    const table = kind === 'skill' ? snapshot.skills : snapshot.occupations;
    const index = new Bm25Index(kind, table.uris);
    for (const lang of snapshot.languages) {
      const pref = table.labels.preferred[lang] ?? [];
      const alt = table.labels.alt[lang] ?? [];
      const described = table.descriptions?.[lang] ?? [];
      const concepts: number[] = [];
      const lengths: number[] = [];
      const lists = new Map<string, { docs: number[]; tfs: number[] }>();
      for (let id = 0; id < table.uris.length; id++) {
        const labels = [pref[id], ...(alt[id] ?? [])].filter((l): l is string => !!l);
        if (labels.length === 0) continue;
        const terms = [...labels, described[id] ?? ''].flatMap((l) => bm25Terms(l, lang));
        if (terms.length === 0) continue;
        const doc = concepts.length;
        concepts.push(id);
        lengths.push(terms.length);
        const tf = new Map<string, number>();
        for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
        for (const [t, n] of tf) {
          let l = lists.get(t);
          if (!l) lists.set(t, (l = { docs: [], tfs: [] }));
          l.docs.push(doc);
          l.tfs.push(n);
        }
      }
      if (concepts.length === 0) continue;
      const li = new LanguageDocs();
      li.concept = Int32Array.from(concepts);
      li.docLength = Float64Array.from(lengths);
      li.avgLength = lengths.reduce((s, x) => s + x, 0) / lengths.length;
      li.scratch = new Float64Array(concepts.length);
      li.stamp = new Int32Array(concepts.length);
      for (const [t, l] of lists) li.postings.set(t, { docs: Int32Array.from(l.docs), tfs: Int32Array.from(l.tfs) });
      index.languages.set(lang, li);
    }
    return index;
  }

  get langs(): Lang[] {
    return [...this.languages.keys()];
  }

  /** Number of documents (concepts with a label) in `lang`. */
  documents(lang: Lang): number {
    return this.languages.get(lang)?.size ?? 0;
  }

  /** Documents of `lang` holding an analysed term. */
  documentFrequency(term: string, lang: Lang): number {
    return this.languages.get(lang)?.postings.get(term)?.docs.length ?? 0;
  }

  /** Concepts of the index's kind for a text, best first (score > 0 only; ties by concept id). */
  search(text: string, lang: Lang, limit = 10): Bm25Hit[] {
    return this.searchTerms(bm25Terms(text, lang), lang, limit);
  }

  /** `search` over terms analysed already (bm25Terms), for a caller that keeps them. */
  searchTerms(analysed: readonly string[], lang: Lang, limit = 10): Bm25Hit[] {
    const li = this.languages.get(lang);
    if (!li || limit <= 0) return [];
    const terms = [...new Set(analysed)];
    const stamp = ++li.queryStamp;
    const touched: number[] = [];
    for (const t of terms) {
      const p = li.postings.get(t);
      if (!p) continue;
      const idf = li.idf(p.docs.length);
      for (let k = 0; k < p.docs.length; k++) {
        const d = p.docs[k];
        const tf = p.tfs[k];
        const norm = BM25_K1 * (1 - BM25_B + (BM25_B * li.docLength[d]) / li.avgLength);
        const s = (idf * tf * (BM25_K1 + 1)) / (tf + norm);
        if (li.stamp[d] !== stamp) {
          li.stamp[d] = stamp;
          li.scratch[d] = 0;
          touched.push(d);
        }
        li.scratch[d] += s;
      }
    }
    touched.sort((a, b) => li.scratch[b] - li.scratch[a] || li.concept[a] - li.concept[b]);
    return touched.slice(0, limit).map((d) => ({ id: li.concept[d], uri: this.uris[li.concept[d]], score: li.scratch[d], terms: terms.filter((t) => holds(li.postings.get(t), d)) }));
  }
}

/** Whether a posting list (doc ids ascending) holds document `d`. */
function holds(p: { docs: Int32Array } | undefined, d: number): boolean {
  if (!p) return false;
  let lo = 0;
  let hi = p.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (p.docs[mid] === d) return true;
    if (p.docs[mid] < d) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
