/**
 * In-memory index over every label (preferred, alternative, hidden; every language) of skills and
 * occupations. A label is a set of content stems; a query is a list of terms, each with alternative
 * stems (exact, prefix completions for autocomplete, Jaro-Winkler corrections for typos). Candidates
 * come from precomputed posting lists (stem -> label ids), never from scanning the labels, and are
 * scored with an IDF-weighted Dice coefficient between the query terms and the label's stems:
 * 1 when both hold the same content words, lower for extra or missing words, rare words weigh more.
 * The only scan is the typo fallback, bounded to the distinct words with the same first letter and a
 * similar length.
 */
import { lemmatise, type VerbReading } from './lemmatise';
import { JaroWinklerDistance } from './natural-parts';
import { tokenise, type Token } from './normalise';
import type { Lang } from './types';

export type ConceptKind = 'skill' | 'occupation';

export interface LabelEntry {
  kind: ConceptKind;
  /** Dense id of the concept in its kind (see TaxonomySnapshot). */
  id: number;
  uri: string;
  lang: Lang;
  text: string;
  preferred: boolean;
}

export interface Candidate {
  kind: ConceptKind;
  id: number;
  uri: string;
  /** The label that matched, as written in ESCO, and its language. */
  label: string;
  lang: Lang;
  preferred: boolean;
  /** 0..1: 1 = same content words as the label. */
  confidence: number;
}

export interface LookupOptions {
  kind?: ConceptKind;
  /** Languages to search; default: every language of the index. */
  lang?: Lang | Lang[];
  limit?: number;
  /** Complete the last word as a prefix (autocomplete). Default true unless the query ends with a space. */
  prefix?: boolean;
  /** Correct unknown words by Jaro-Winkler. Default true. */
  fuzzy?: boolean;
  minConfidence?: number;
}

/** One alternative reading of a query word: a stem the index knows, and how much to trust it. */
export interface TermAlternative {
  stem: string;
  /** 1 exact, < 1 prefix completion or typo correction. */
  factor: number;
}

/** A query word: its alternatives (best first); none when the word is unknown even after correction. */
export interface Term {
  alts: TermAlternative[];
  /** Token offsets in the query (for spans). */
  start: number;
  end: number;
  /** The word read as a verb form (lemmatise.ts), when `lemmas` was asked and an infinitive is known. */
  verb?: VerbReading | null;
  /** The alternatives are typo corrections (the word itself is unknown). */
  typo?: boolean;
}

export interface ResolveTermsOptions {
  /** Correct unknown words by Jaro-Winkler. */
  fuzzy: boolean;
  /** Complete the last word as a prefix. */
  prefixLast: boolean;
  /** Shortest word the typo fallback corrects (default 4; the extractor asks 6). */
  minFuzzyLength?: number;
  /** Words never corrected (the extractor: capitalised names and places in running text). */
  noFuzzy?: (token: Token, i: number) => boolean;
  /** Read verb forms: their known infinitives become alternatives, and a verb form is never typo-corrected. */
  lemmas?: boolean;
  /**
   * Most edits (insertions, deletions, substitutions, transpositions of neighbours) a typo correction
   * may need, beside the similarity (default: no bound). The extractor asks TYPO_MAX_EDITS.
   */
  maxEdits?: (length: number) => number;
}

/**
 * A typo in running text is one slip of the keyboard, two in a long word ("panadro", "montacargs",
 * "carretila"); Jaro-Winkler alone rewards a long shared beginning, so "alcaldía" read "alcalina" and
 * "carburadores" "carburantes", other words.
 */
export const TYPO_MAX_EDITS = (length: number) => (length >= FUZZY_LONG_WORD ? 2 : 1);

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring), capped: > max returns max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      cur.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return Math.min(prev[b.length], max + 1);
}

/** Minimum Jaro-Winkler similarity for a typo correction ("montacargs" ~ "montacargas" = 0.98). */
export const FUZZY_MIN_SIMILARITY = 0.9;
const FUZZY_MIN_LENGTH = 4;
/**
 * A typo changes the length by at most one letter in words under 9 letters ("panadro", "carretila");
 * two letters more or less is another word ("caracas" is not "caras", "ponia" not "pon").
 */
const FUZZY_LONG_WORD = 9;
const FUZZY_MAX_ALTERNATIVES = 3;
const PREFIX_FACTOR = 0.9;
const PREFIX_MAX_ALTERNATIVES = 12;
/** Tie-breaker: prefer the preferred label when scores are equal. */
const PREFERRED_BONUS = 0.01;

class LanguageIndex {
  readonly postings = new Map<string, Int32Array>();
  /** Distinct folded words, sorted (prefix search), with their stem and how many labels use them. */
  words: string[] = [];
  readonly wordStem = new Map<string, string>();
  readonly wordCount = new Map<string, number>();
  /** Words by first letter (typo fallback). */
  readonly byInitial = new Map<string, string[]>();
  /** Folded words of occupation labels (title normalisation keeps them, drops other capitalised words). */
  readonly occupationWords = new Set<string>();
  labelCount = 0;
  maxIdf = 1;

  idf(stem: string): number {
    const p = this.postings.get(stem);
    return p ? Math.log(1 + this.labelCount / p.length) : this.maxIdf;
  }
}

export class LabelIndex {
  private readonly languages = new Map<Lang, LanguageIndex>();
  private readonly labelWeight: Float64Array;
  private readonly kindOf: Uint8Array;
  // Scratch arrays reused by every query (single-threaded), sized to the number of labels.
  private readonly matched: Float64Array;
  private readonly delta: Float64Array;
  private readonly seenQuery: Int32Array;
  private readonly seenTerm: Int32Array;
  private queryStamp = 0;
  private termStamp = 0;

  private constructor(readonly entries: readonly LabelEntry[]) {
    const n = entries.length;
    this.labelWeight = new Float64Array(n);
    this.kindOf = new Uint8Array(n);
    this.matched = new Float64Array(n);
    this.delta = new Float64Array(n);
    this.seenQuery = new Int32Array(n);
    this.seenTerm = new Int32Array(n);
  }

  static build(entries: readonly LabelEntry[]): LabelIndex {
    const index = new LabelIndex(entries);
    const lists = new Map<Lang, Map<string, number[]>>();
    const labelStems: string[][] = new Array(entries.length);
    entries.forEach((e, i) => {
      index.kindOf[i] = e.kind === 'skill' ? 0 : 1;
      let li = index.languages.get(e.lang);
      if (!li) {
        li = new LanguageIndex();
        index.languages.set(e.lang, li);
        lists.set(e.lang, new Map());
      }
      li.labelCount++;
      const stems: string[] = [];
      for (const t of tokenise(e.text, e.lang)) {
        if (t.stop) continue;
        if (e.kind === 'occupation') li.occupationWords.add(t.norm);
        if (!li.wordStem.has(t.norm)) li.wordStem.set(t.norm, t.stem);
        li.wordCount.set(t.norm, (li.wordCount.get(t.norm) ?? 0) + 1);
        if (!stems.includes(t.stem)) stems.push(t.stem);
      }
      labelStems[i] = stems;
      const byStem = lists.get(e.lang)!;
      for (const s of stems) {
        let l = byStem.get(s);
        if (!l) byStem.set(s, (l = []));
        l.push(i);
      }
    });
    for (const [lang, li] of index.languages) {
      for (const [s, l] of lists.get(lang)!) li.postings.set(s, Int32Array.from(l));
      li.maxIdf = Math.log(1 + li.labelCount);
      li.words = [...li.wordStem.keys()].sort();
      for (const w of li.words) {
        const k = w[0];
        if (!li.byInitial.has(k)) li.byInitial.set(k, []);
        li.byInitial.get(k)!.push(w);
      }
    }
    entries.forEach((e, i) => {
      const li = index.languages.get(e.lang)!;
      let w = 0;
      for (const s of labelStems[i]) w += li.idf(s);
      index.labelWeight[i] = w;
    });
    return index;
  }

  get size(): number {
    return this.entries.length;
  }

  get langs(): Lang[] {
    return [...this.languages.keys()];
  }

  /** Ranked concepts for a title, a skill name or a partial input (autocomplete). */
  lookup(query: string, opts: LookupOptions = {}): Candidate[] {
    const limit = opts.limit ?? 10;
    const prefix = opts.prefix ?? !/\s$/.test(query);
    const all: Candidate[] = [];
    for (const lang of this.searchLanguages(opts.lang)) {
      const tokens = tokenise(query, lang).filter((t) => !t.stop);
      if (tokens.length === 0) continue;
      const terms = this.resolveTerms(tokens, lang, { fuzzy: opts.fuzzy ?? true, prefixLast: prefix });
      all.push(...this.rank(terms, lang, { kind: opts.kind, limit, minConfidence: opts.minConfidence ?? 0.05 }));
    }
    return bestPerConcept(all, limit);
  }

  /** IDF of a stem in a language (the rarest-word weight when the stem is unknown). */
  idf(stem: string, lang: Lang): number {
    const li = this.languages.get(lang);
    return li ? li.idf(stem) : 0;
  }

  /** The weight of the rarest word of a language: what an unknown word counts. */
  maxIdf(lang: Lang): number {
    return this.languages.get(lang)?.maxIdf ?? 0;
  }

  /** Number of labels holding a stem in a language. */
  labelsWith(stem: string, lang: Lang): number {
    return this.languages.get(lang)?.postings.get(stem)?.length ?? 0;
  }

  /** True when a folded word is a word of some label of the language. */
  knowsWord(norm: string, lang: Lang): boolean {
    return this.languages.get(lang)?.wordStem.has(norm) ?? false;
  }

  /** True when a folded word appears in an occupation label (of `lang`, or of any language). */
  isOccupationWord(norm: string, lang?: Lang): boolean {
    return this.occupationWordWeight(norm, lang) > 0;
  }

  /** IDF of a folded word that appears in an occupation label (of `lang`, or the most of any language), else 0. */
  occupationWordWeight(norm: string, lang?: Lang): number {
    let w = 0;
    for (const l of this.searchLanguages(lang)) {
      const li = this.languages.get(l)!;
      if (li.occupationWords.has(norm)) w = Math.max(w, li.idf(li.wordStem.get(norm)!));
    }
    return w;
  }

  searchLanguages(lang?: Lang | Lang[]): Lang[] {
    if (!lang) return this.langs;
    const wanted = Array.isArray(lang) ? lang : [lang];
    return wanted.filter((l) => this.languages.has(l));
  }

  /**
   * Query words -> terms with their alternatives: exact stem, the stems of the infinitives of a verb form
   * (`lemmas`), prefix completions (last word), typo corrections (only for an unknown word that is not a
   * verb form, long enough, and not excluded by `noFuzzy`).
   */
  resolveTerms(tokens: readonly Token[], lang: Lang, opts: ResolveTermsOptions): Term[] {
    const li = this.languages.get(lang);
    const minFuzzy = opts.minFuzzyLength ?? FUZZY_MIN_LENGTH;
    return tokens.map((t, i) => {
      const alts: TermAlternative[] = [];
      const term: Term = { alts, start: t.start, end: t.end };
      if (li) {
        if (li.postings.has(t.stem)) alts.push({ stem: t.stem, factor: 1 });
        if (opts.lemmas) {
          term.verb = lemmatise(t.raw, lang, (w) => li.wordStem.has(w));
          for (const lemma of term.verb?.lemmas ?? []) {
            const s = li.wordStem.get(lemma)!;
            if (li.postings.has(s) && !alts.some((a) => a.stem === s)) alts.push({ stem: s, factor: 1 });
          }
        }
        if (opts.prefixLast && i === tokens.length - 1) this.prefixAlternatives(li, t.norm, alts);
        if (alts.length === 0 && opts.fuzzy && !term.verb?.strong && t.norm.length >= minFuzzy && !opts.noFuzzy?.(t, i)) {
          this.fuzzyAlternatives(li, t.norm, alts, opts.maxEdits?.(t.norm.length));
          term.typo = alts.length > 0;
        }
      }
      return term;
    });
  }

  private prefixAlternatives(li: LanguageIndex, norm: string, alts: TermAlternative[]): void {
    if (norm.length < 2) return;
    const words = li.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid] < norm) lo = mid + 1;
      else hi = mid;
    }
    const found: string[] = [];
    for (let i = lo; i < words.length && words[i].startsWith(norm) && found.length < 400; i++) found.push(words[i]);
    // The most used completions first: "vend" -> vendedor, venta before vendimia.
    found.sort((a, b) => (li.wordCount.get(b) ?? 0) - (li.wordCount.get(a) ?? 0));
    for (const w of found) {
      const s = li.wordStem.get(w)!;
      if (alts.some((a) => a.stem === s)) continue;
      alts.push({ stem: s, factor: w === norm ? 1 : PREFIX_FACTOR });
      if (alts.length >= PREFIX_MAX_ALTERNATIVES) break;
    }
  }

  private fuzzyAlternatives(li: LanguageIndex, norm: string, alts: TermAlternative[], maxEdits?: number): void {
    if (norm.length < FUZZY_MIN_LENGTH || /\d/.test(norm)) return;
    const scored: Array<[string, number]> = [];
    const maxLengthDiff = norm.length >= FUZZY_LONG_WORD ? 2 : 1;
    for (const w of li.byInitial.get(norm[0]) ?? []) {
      if (Math.abs(w.length - norm.length) > maxLengthDiff) continue;
      const sim = JaroWinklerDistance(norm, w);
      if (sim >= FUZZY_MIN_SIMILARITY && (maxEdits === undefined || editDistance(norm, w, maxEdits) <= maxEdits)) scored.push([w, sim]);
    }
    scored.sort((a, b) => b[1] - a[1]);
    for (const [w, sim] of scored) {
      const s = li.wordStem.get(w)!;
      if (alts.some((a) => a.stem === s)) continue;
      alts.push({ stem: s, factor: typoFactor(sim) });
      if (alts.length >= FUZZY_MAX_ALTERNATIVES) break;
    }
  }

  /**
   * Scores every label sharing a stem with the terms and returns the best label per concept.
   * Score = 2·matched / (query weight + label weight), weights = IDF of the stems.
   */
  rank(terms: readonly Term[], lang: Lang, opts: { kind?: ConceptKind; limit: number; minConfidence: number }): Candidate[] {
    const li = this.languages.get(lang);
    if (!li || terms.length === 0) return [];
    const stamp = ++this.queryStamp;
    const touched: number[] = [];
    let queryWeight = 0;
    const kindCode = opts.kind === undefined ? -1 : opts.kind === 'skill' ? 0 : 1;
    // A query is a set of stems, like a label: a repeated word ("vendedor/vendedora", "operate a forklift
    // and operate") counts once, or it would match the label's word twice and score above 1.
    const seenStems = new Set<string>();
    for (const term of terms) {
      const primary = term.alts[0]?.stem;
      if (primary !== undefined) {
        if (seenStems.has(primary)) continue;
        seenStems.add(primary);
      }
      // Unknown words count at the weight of the rarest word: the label does not say them.
      const base = term.alts.length ? li.idf(term.alts[0].stem) : li.maxIdf;
      queryWeight += base;
      const tstamp = ++this.termStamp;
      for (const alt of term.alts) {
        const p = li.postings.get(alt.stem);
        if (!p) continue;
        const w = li.idf(alt.stem);
        for (let k = 0; k < p.length; k++) {
          const label = p[k];
          if (kindCode >= 0 && this.kindOf[label] !== kindCode) continue;
          if (this.seenTerm[label] === tstamp) continue; // a word counts once per label, best alternative first
          this.seenTerm[label] = tstamp;
          if (this.seenQuery[label] !== stamp) {
            this.seenQuery[label] = stamp;
            this.matched[label] = 0;
            this.delta[label] = 0;
            touched.push(label);
          }
          this.matched[label] += w * alt.factor;
          this.delta[label] += w - base;
        }
      }
    }
    const out: Candidate[] = [];
    const best = new Map<number, number>(); // concept key -> index in out
    for (const label of touched) {
      const score = (2 * this.matched[label]) / (queryWeight + this.delta[label] + this.labelWeight[label]);
      if (score < opts.minConfidence) continue;
      const e = this.entries[label];
      const key = e.kind === 'skill' ? e.id * 2 : e.id * 2 + 1;
      const at = best.get(key);
      const confidence = Math.min(1, score);
      if (at !== undefined) {
        const prev = out[at];
        if (rankValue(prev) >= confidence + (e.preferred ? PREFERRED_BONUS : 0)) continue;
        out[at] = candidateOf(e, confidence);
      } else {
        best.set(key, out.length);
        out.push(candidateOf(e, confidence));
      }
    }
    out.sort((a, b) => rankValue(b) - rankValue(a) || a.label.length - b.label.length);
    return out.slice(0, opts.limit);
  }
}

/**
 * Trust in a typo correction: steeper than the similarity itself, because a near word of another
 * language ("cajera" ~ "camera", "albañil" ~ "Albanian") is as close as a real typo.
 * 0.98 -> 0.94, 0.95 -> 0.85, 0.90 -> 0.70.
 */
export function typoFactor(similarity: number): number {
  return Math.max(0, 1 - 3 * (1 - similarity));
}

function candidateOf(e: LabelEntry, confidence: number): Candidate {
  return { kind: e.kind, id: e.id, uri: e.uri, label: e.text, lang: e.lang, preferred: e.preferred, confidence };
}

function rankValue(c: Candidate): number {
  return c.confidence + (c.preferred ? PREFERRED_BONUS : 0);
}

/** Merges candidates from several languages: one per concept, its best label. */
export function bestPerConcept(cands: Candidate[], limit: number): Candidate[] {
  const best = new Map<string, Candidate>();
  for (const c of cands) {
    const key = c.kind + c.id;
    const prev = best.get(key);
    if (!prev || rankValue(c) > rankValue(prev)) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => rankValue(b) - rankValue(a) || a.label.length - b.label.length).slice(0, limit);
}
