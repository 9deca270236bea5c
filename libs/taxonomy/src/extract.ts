/**
 * Free text -> skills and occupations, with the spans they were read from, ranked by relevance.
 *
 * Every window of up to `maxWindow` consecutive content words (not crossing sentence punctuation) is
 * scored against the label index: verb forms read through their infinitives (lemmatise.ts), typos
 * corrected word by word, but never a short word, a capitalised name or place in running text, nor a
 * verb form. A window's best label must hold its first and last word and two of its words, or the window
 * is one word that reads alone (see `loneWordReads`: written as in the label, specific, no stop verb;
 * "trabajó", "ponía" and "used" alone name no skill). Windows are then taken
 * best-first without overlap (greedy longest match).
 *
 * Each concept gets a relevance score (`confidence`; the label match stays in `match`):
 *
 *   score = match · specificity · (1 - LITERAL_WEIGHT · (1 - literal)) · typo · knowledge
 *           · (1 - UNMATCHED_PENALTY (LONE_WORD_PENALTY for one word) · min(1, unmatched / maxIdf))
 *   specificity = 1 - exp(-mass / (SPECIFICITY_SCALE · maxIdf))
 *
 * where match is the index's IDF-weighted Dice between the window and the label, mass the IDF sum of the
 * matched stems (one generic word scores low), maxIdf the weight of the language's rarest word (so the
 * score means the same on the demo and the full ESCO), literal the share of the window's words written
 * as in the label (the rest matched by stem or infinitive), typo the product of the typo-correction
 * factors (a correction already lowers the match; it counts twice because a corrected word may be
 * another word), knowledge KNOWLEDGE_FACTOR for an ESCO knowledge concept, and unmatched the IDF sum of
 * the label's words the window lacks. Then ESCO's structure: an occupation read in the text raises the
 * skills it requires (essential: + ESSENTIAL_BOOST · occupation score of the distance to 1, optional:
 * OPTIONAL_BOOST); of a skill and its direct broader skill both read, the narrower is kept. Results are
 * sorted by score (ties: earlier in the text first), cut at `minConfidence` (skills: DEFAULT_MIN_CONFIDENCE,
 * chosen on the dev split of the evaluation set for precision >= 0.7; occupations:
 * DEFAULT_MIN_OCCUPATION_CONFIDENCE) and at `limit` (default 10, at most 20). Below the threshold, the
 * essential skills of the occupations read and the skills each sentence shares words with complete the
 * ranking (see CANDIDATE_MIN_CONFIDENCE). docs/taxonomy.md, "Issue 16".
 */
import type { Bm25Index } from './bm25-index';
import { bestPerConcept, TYPO_MAX_EDITS, type Candidate, type LabelIndex, type Term } from './label-index';
import { isStopVerb } from './lemmatise';
import { isStopWord, tokenise, type Token } from './normalise';
import { fuseWithSearch, hitTokens, SEARCH_CANDIDATES, searchQuery } from './search-fusion';
import { csrRow, type TaxonomySnapshot } from './snapshot';
import type { Lang } from './types';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * How a concept was read: `words`, the span's words name it; `occupation`, an essential skill of the
 * occupation named at the span, with some of its words elsewhere in the text; `sentence`, a skill
 * sharing words with the sentence at the span. Only `words` readings reach the default threshold: the
 * other two rank after them (a fuller ranking when `minConfidence` is lowered), see CANDIDATE_MIN_CONFIDENCE.
 */
export type ReadingSource = 'words' | 'occupation' | 'sentence';

export interface ExtractedConcept extends Candidate {
  span: Span;
  /** 0..1: how well the words match the label (the index's weighted Dice). `confidence` is the relevance score. */
  match: number;
  source: ReadingSource;
}

export interface Extraction {
  lang: Lang;
  /** The most relevant occupation read from the text, or null. */
  occupation: ExtractedConcept | null;
  /** Occupations, most relevant first. */
  occupations: ExtractedConcept[];
  /** Skills, most relevant first (ties: earlier in the text first). */
  skills: ExtractedConcept[];
}

export interface ExtractOptions {
  /** Language of the text; detected (stop words, known words) when absent. */
  lang?: Lang;
  /** Minimum relevance score of a concept returned (default DEFAULT_MIN_CONFIDENCE). */
  minConfidence?: number;
  /** Minimum label match of a window (default DEFAULT_MIN_MATCH). */
  minMatch?: number;
  maxWindow?: number;
  /** Most skills (and occupations) returned: default 10, at most 20. */
  limit?: number;
}

/** Relevance threshold of skills: the dev split's precision is >= 0.7 above it (docs/taxonomy.md). */
export const DEFAULT_MIN_CONFIDENCE = 0.77;
/** Relevance threshold of occupations: a job named in the text is rarely a doubt ("vendedor/a", "mesera"). */
export const DEFAULT_MIN_OCCUPATION_CONFIDENCE = 0.5;
/** A window and a label must share this much (weighted Dice) to be considered at all. */
export const DEFAULT_MIN_MATCH = 0.55;
export const DEFAULT_EXTRACT_LIMIT = 10;
export const MAX_EXTRACT_LIMIT = 20;
const DEFAULT_MAX_WINDOW = 6;

/** Relevance: see the file comment. In units of the rarest word's weight (log(1 + labels of the language)). */
export const SPECIFICITY_SCALE = 0.45;
export const LITERAL_WEIGHT = 0.15;
export const UNMATCHED_PENALTY = 0.3;
/**
 * ESCO knowledge concepts ("first aid", "accounting") and skills often share their words ("provide first
 * aid"); what people are said to do or know is read as the skill: knowledge scores lower.
 */
export const KNOWLEDGE_FACTOR = 0.8;
export const ESSENTIAL_BOOST = 0.6;
export const OPTIONAL_BOOST = 0.1;
/** A one-word window reads a label only when at most this many labels of the language use the word... */
export const ONE_WORD_MAX_LABELS = 150;
/** ...and the label's other words weigh at most this share of the rarest word's weight. */
export const LONE_WORD_MAX_UNMATCHED = 0.6;
/** A lone word not written as in the label must share a stem this long with it ("mesera" ~ "mesero"). */
export const LONE_WORD_MIN_STEM = 5;
/** A lone word's score falls with the weight of the label's words it does not hold. */
export const LONE_WORD_PENALTY = 0.5;
/**
 * Lower-scored candidates, for a fuller ranking below the default threshold (never extracted by it):
 * every essential skill of an occupation read in the text scores CANDIDATE_MIN_CONFIDENCE +
 * INFERRED_WEIGHT · min(1, occupation score · (INFERRED_PRIOR + share of its label's weight written in
 * the text)) (at most 0.75), and the best labels for each sentence's words as a whole (the index's
 * ranking of the sentence as one query) CANDIDATE_MIN_CONFIDENCE + SENTENCE_WEIGHT · their match
 * relative to the best. On the dev split they take the ranking's RP@5 from 0.21 to 0.38 (docs/taxonomy.md).
 */
export const CANDIDATE_MIN_CONFIDENCE = 0.3;
export const INFERRED_WEIGHT = 0.45;
export const INFERRED_PRIOR = 0.15;
export const SENTENCE_WEIGHT = 0.05;
const SENTENCE_CANDIDATES = 10;
// Sentence punctuation (the sentence readings); windows also stop at commas and list marks (BREAK).
const SENTENCE_END = /[.;!?\n\r•|]/;

/** Shortest word the typo fallback corrects in running text. */
export const EXTRACT_MIN_FUZZY_LENGTH = 6;

/** Job-ad and case-note boilerplate: words that ask for or describe, never name, a skill or a job. */
const NOISE: Record<string, ReadonlySet<string>> = {
  es: new Set(
    'busca buscamos buscan necesita necesitamos necesito requiere requerimos requisito requisitos sabe saber se sabes puede capaz experiencia experto experta anos ano puesto empresa ofrece ofrecemos persona incorporacion urgente conocimiento conocimientos buen buena buenos buenas habilidad habilidades competencia competencias capacidad'.split(' '),
  ),
  en: new Set(
    'seeking seek wanted looking hiring hire required requirements requirement need needs needed must know knows knowledge able ability experience experienced years year job company person urgent good skill skills skilled competence competences'.split(' '),
  ),
};

// Sentence and list punctuation ends a window; "/" and "()" do not (gender forms, alternatives).
const BREAK = /[.,;:!?\n\r•|·\u2013\u2014\t]/;

function isNoise(t: Token, lang: Lang): boolean {
  return NOISE[lang]?.has(t.norm) ?? false;
}

const SPANISH_INFINITIVE = /[aei]r(se)?$/;

/**
 * Job titles are nouns with a head word: the first word in Spanish ("operador de montacargas"), the
 * last in English ("forklift driver"). In running text an occupation is only read where its head word
 * is written, so "pan" does not make a "preparador de pan", nor "almacén" an "encargado de almacén".
 * A Spanish infinitive ("hornear") stems like a noun ("horno"), so it must appear as written.
 */
function plausible(c: Candidate, window: readonly Token[], terms: readonly Term[], lang: Lang): boolean {
  if (c.kind !== 'occupation') return true;
  const label = tokenise(c.label.split('/')[0], c.lang).filter((t) => !t.stop);
  const head = c.lang === 'es' ? label[0] : label[label.length - 1];
  if (head && !terms.some((term) => term.alts.some((a) => a.stem === head.stem))) return false;
  if (lang !== 'es') return true;
  const words = new Set(tokenise(c.label, lang).map((t) => t.norm));
  return window.every((t) => !SPANISH_INFINITIVE.test(t.norm) || words.has(t.norm));
}

/** Language whose stop words and vocabulary cover the text best. */
export function detectLanguage(index: LabelIndex, text: string): Lang {
  let best: Lang = index.langs[0] ?? 'en';
  let bestScore = -1;
  for (const lang of index.langs) {
    const tokens = tokenise(text, lang);
    let score = 0;
    for (const t of tokens) if (isStopWord(t.norm, lang) || isNoise(t, lang)) score += 1;
    const content = tokens.filter((t) => !t.stop);
    const terms = index.resolveTerms(content, lang, { fuzzy: false, prefixLast: false });
    for (const term of terms) if (term.alts.length) score += 0.5;
    if (score > bestScore) {
      bestScore = score;
      best = lang;
    }
  }
  return best;
}

/** How a window's words meet a label: which words it holds, through which alternative. */
export interface Fit {
  /** Content words of the window, and how many of them the label holds. */
  words: number;
  matched: number;
  first: boolean;
  last: boolean;
  /** IDF mass of the distinct matched stems, and of the label's stems the window does not hold. */
  mass: number;
  unmatchedMass: number;
  /** Product of the factors of the typo corrections used (1: none). */
  typo: number;
  /** Share of the window's words written as in the label (the rest matched by stem or infinitive). */
  literal: number;
  labelStems: number;
  /** A matched word is an unambiguous verb form ("amasaba", "baked"). */
  verb: boolean;
  /** Labels of the language holding the (first) matched stem. */
  labelsWithWord: number;
}

export interface WindowMatch {
  from: number;
  to: number; // exclusive, in content-token positions
  candidate: Candidate;
  fit: Fit;
  score: number;
}

function fitOf(index: LabelIndex, c: Candidate, window: readonly Token[], terms: readonly Term[], lang: Lang): Fit {
  const labelTokens = tokenise(c.label, c.lang).filter((t) => !t.stop);
  const stems = new Set(labelTokens.map((t) => t.stem));
  const words = new Set(labelTokens.map((t) => t.norm));
  const seen = new Set<string>();
  let matched = 0;
  let mass = 0;
  let typo = 1;
  let literal = 0;
  let first = false;
  let last = false;
  let verb = false;
  let labelsWithWord = 0;
  terms.forEach((term, k) => {
    const alt = term.alts.find((a) => stems.has(a.stem));
    if (!alt) return;
    matched++;
    if (k === 0) first = true;
    if (k === terms.length - 1) last = true;
    if (term.typo) typo *= alt.factor;
    if (term.verb?.strong) verb = true;
    // Literal: the word as written, or (a verb form) its infinitive as written in the label.
    if (words.has(window[k].norm) || term.verb?.lemmas.some((l) => words.has(l))) literal++;
    if (!seen.has(alt.stem)) {
      if (seen.size === 0) labelsWithWord = index.labelsWith(alt.stem, lang);
      seen.add(alt.stem);
      mass += index.idf(alt.stem, lang);
    }
  });
  let unmatchedMass = 0;
  for (const s of stems) if (!seen.has(s)) unmatchedMass += index.idf(s, lang);
  return { words: window.length, matched, first, last, mass, unmatchedMass, typo, literal: window.length ? literal / window.length : 0, labelStems: stems.size, verb, labelsWithWord };
}

/**
 * A lone word reads a label only when it is no stop verb, is written as in the label (or is a verb form
 * whose infinitive the label writes: "vendía" -> "vender productos", never "ponía" -> "Ponie", which
 * only shares its stem), is specific enough (a skill: at most ONE_WORD_MAX_LABELS labels use it), and
 * is the label's content, or its content but for light words (LONE_WORD_MAX_UNMATCHED).
 */
function loneWordReads(kind: Candidate['kind'], term: Term, token: Token, fit: Fit, lang: Lang, maxIdf: number): boolean {
  if (isStopVerb(token.norm, lang, term.verb)) return false;
  // As written (or its infinitive, or another gender form: a long shared stem): a lone word meeting a
  // label by a short stem alone is a collision ("says" ~ "SAI", "ponía" ~ "Ponie").
  if (fit.literal < 1 && !term.typo && (term.alts[0]?.stem.length ?? 0) < LONE_WORD_MIN_STEM) return false;
  // A verb form names what was done, not the job: "Arreglaba" (repaired) is no "arreglista" (music
  // arranger), whose essential skills would flood the ranking.
  if (kind === 'occupation' && fit.literal < 1 && term.verb?.strong) return false;
  // A job is named by one word ("vendedor/a", "mesera") however many labels use it; a skill is not.
  if (kind === 'skill' && fit.labelsWithWord > ONE_WORD_MAX_LABELS) return false;
  if (fit.unmatchedMass > LONE_WORD_MAX_UNMATCHED * maxIdf) return false;
  return true;
}

export function relevance(match: number, fit: Fit, maxIdf: number, knowledge = false): number {
  const specificity = 1 - Math.exp(-fit.mass / (SPECIFICITY_SCALE * maxIdf));
  let score = match * specificity * (1 - LITERAL_WEIGHT * (1 - fit.literal)) * fit.typo * (knowledge ? KNOWLEDGE_FACTOR : 1);
  score *= 1 - (fit.matched < 2 ? LONE_WORD_PENALTY : UNMATCHED_PENALTY) * Math.min(1, fit.unmatchedMass / maxIdf);
  return score;
}

/** Mostly capitalised text (a title, shouting): capitals say nothing about names there. */
function mostlyCapitalised(tokens: readonly Token[]): boolean {
  const lettered = tokens.filter((t) => /^\p{L}/u.test(t.raw) && t.raw.length > 3);
  const caps = lettered.filter((t) => t.raw[0] !== t.raw[0].toLowerCase());
  return lettered.length > 0 && caps.length / lettered.length > 0.6;
}

export interface WindowReading {
  lang: Lang;
  /** Every token, and the content tokens the windows are made of. */
  tokens: Token[];
  content: Token[];
  /** The content tokens' terms (alternatives, verb readings). */
  terms: Term[];
  /** The best label of every window that reads one. */
  matches: WindowMatch[];
}

/** Every window's best reading, before windows compete for words (what `extractConcepts` ranks). */
export function readWindows(index: LabelIndex, text: string, opts: ExtractOptions = {}, snapshot?: TaxonomySnapshot): WindowReading {
  const lang = opts.lang ?? detectLanguage(index, text);
  const minMatch = opts.minMatch ?? DEFAULT_MIN_MATCH;
  const maxWindow = opts.maxWindow ?? DEFAULT_MAX_WINDOW;
  const maxIdf = index.maxIdf(lang) || 1;
  const all = tokenise(text, lang);
  const content = all.filter((t) => !t.stop && !isNoise(t, lang));
  const capsText = mostlyCapitalised(content);
  const terms: Term[] = index.resolveTerms(content, lang, {
    fuzzy: true,
    prefixLast: false,
    lemmas: true,
    minFuzzyLength: EXTRACT_MIN_FUZZY_LENGTH,
    maxEdits: TYPO_MAX_EDITS,
    // A capitalised word in running text is a name or a place ("Caracas", "Yorman"): never "corrected".
    noFuzzy: (t) => !capsText && t.raw[0] !== t.raw[0].toLowerCase(),
  });

  // Segment ids: a window never spans sentence punctuation.
  const segment = new Int32Array(content.length);
  for (let i = 1; i < content.length; i++) {
    segment[i] = segment[i - 1] + (BREAK.test(text.slice(content[i - 1].end, content[i].start)) ? 1 : 0);
  }

  const matches: WindowMatch[] = [];
  for (let i = 0; i < content.length; i++) {
    if (terms[i].alts.length === 0) continue; // a window starts on a word the taxonomy knows
    for (let n = 1; n <= maxWindow && i + n <= content.length; n++) {
      if (segment[i + n - 1] !== segment[i]) break;
      if (terms[i + n - 1].alts.length === 0) continue; // nor ends on an unknown one
      if (repeatsEarlier(terms, i, i + n - 1)) continue; // nor on a word it already holds ("operate a forklift and operate")
      const window = content.slice(i, i + n);
      const windowTerms = terms.slice(i, i + n);
      let best: WindowMatch | null = null;
      for (const c of index.rank(windowTerms, lang, { limit: 8, minConfidence: minMatch })) {
        if (!plausible(c, window, windowTerms, lang)) continue;
        const fit = fitOf(index, c, window, windowTerms, lang);
        // The label holds the window's first and last words (the span is what was read), and two words
        // at least, or one that reads alone.
        if (!fit.first || !fit.last) continue;
        if (fit.matched < 2 && !(n === 1 && loneWordReads(c.kind, windowTerms[0], window[0], fit, lang, maxIdf))) continue;
        const score = relevance(c.confidence, fit, maxIdf, c.kind === 'skill' && snapshot?.skills.type[c.id] === 'knowledge');
        if (!best || score > best.score) best = { from: i, to: i + n, candidate: c, fit, score };
      }
      if (best) matches.push(best);
    }
  }
  return { lang, tokens: all, content, terms, matches };
}

/**
 * `search`: the BM25 index over the skills' labels and descriptions; when given, the ranking below the
 * threshold fuses it with the readings (search-fusion.ts).
 */
export function extractConcepts(index: LabelIndex, text: string, opts: ExtractOptions = {}, snapshot?: TaxonomySnapshot, search?: Bm25Index): Extraction {
  const minScore = opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const limit = Math.max(1, Math.min(MAX_EXTRACT_LIMIT, Math.floor(opts.limit ?? DEFAULT_EXTRACT_LIMIT)));
  const { lang, tokens: all, content, terms, matches } = readWindows(index, text, opts, snapshot);

  matches.sort((a, b) => b.score - a.score || b.to - b.from - (a.to - a.from) || a.from - b.from);
  const used = new Uint8Array(content.length);
  const skills: ExtractedConcept[] = [];
  const occupations: ExtractedConcept[] = [];
  for (const m of matches) {
    let free = true;
    for (let k = m.from; k < m.to; k++) if (used[k]) free = false;
    if (!free) continue;
    for (let k = m.from; k < m.to; k++) used[k] = 1;
    const found: ExtractedConcept = { ...m.candidate, confidence: m.score, match: m.candidate.confidence, source: 'words', span: spanOf(text, all, content[m.from], content[m.to - 1]) };
    (found.kind === 'skill' ? skills : occupations).push(found);
  }

  const uniqueOccupations = dedupe(occupations);
  let uniqueSkills = dedupe(skills);
  if (snapshot) uniqueSkills = withStructure(snapshot, uniqueSkills, uniqueOccupations);
  // The lower-scored candidates only when they can be returned.
  if (minScore <= INFERRED_MAX && snapshot) uniqueSkills.push(...inferredSkills(index, snapshot, lang, terms, uniqueSkills, uniqueOccupations));
  if (minScore <= CANDIDATE_MIN_CONFIDENCE + SENTENCE_WEIGHT) uniqueSkills.push(...sentenceSkills(index, text, all, lang, content, terms, uniqueSkills));
  uniqueSkills = dedupe(uniqueSkills);
  if (search && snapshot && minScore < DEFAULT_MIN_CONFIDENCE) uniqueSkills = withSearch(search, snapshot, text, all, lang, content, terms, uniqueSkills);
  const byScore = (a: ExtractedConcept, b: ExtractedConcept) => b.confidence - a.confidence || a.span.start - b.span.start;
  const keep = (list: ExtractedConcept[], min: number) => list.filter((c) => c.confidence >= min).sort(byScore).slice(0, limit);
  const occs = keep(uniqueOccupations, opts.minConfidence ?? DEFAULT_MIN_OCCUPATION_CONFIDENCE);
  return { lang, occupation: occs[0] ?? null, occupations: occs, skills: keep(uniqueSkills, minScore) };
}

const INFERRED_MAX = CANDIDATE_MIN_CONFIDENCE + INFERRED_WEIGHT;
/** A search hit sharing one word with the text needs a word at most this share of the skills use. */
export const SEARCH_LONE_TERM_MAX_SHARE = 0.01;

/** The readings fused with the search of the text's content words (search-fusion.ts), spanned by the words a hit holds. */
function withSearch(search: Bm25Index, snap: TaxonomySnapshot, text: string, all: Token[], lang: Lang, content: readonly Token[], terms: readonly Term[], readings: ExtractedConcept[]): ExtractedConcept[] {
  // The text's words but stop words and stop verbs ("trabajó", "ponía", "used"): the words the readings
  // drop as job-ad boilerplate still help a search.
  const verbOf = new Map(content.map((t, k) => [t, terms[k].verb]));
  const queryTerms = searchQuery(all, lang, (t) => !t.stop && !isStopVerb(t.norm, lang, verbOf.get(t)));
  if (queryTerms.length === 0) return readings;
  const hits = search.searchTerms(queryTerms.map((q) => q.term), lang, SEARCH_CANDIDATES);
  const top = hits[0]?.score ?? 1;
  return fuseWithSearch(readings, hits, DEFAULT_MIN_CONFIDENCE, CANDIDATE_MIN_CONFIDENCE, (hit, confidence) => {
    // One shared word reads a skill only when it is specific, as for the readings ("used" alone is no skill).
    if (hit.terms.length < 2 && search.documentFrequency(hit.terms[0], lang) > SEARCH_LONE_TERM_MAX_SHARE * search.documents(lang)) return null;
    const at = hitTokens(hit, queryTerms);
    const label = snap.skills.labels.preferred[lang]?.[hit.id] || snap.skills.labels.preferred.en?.[hit.id] || '';
    if (!at || !label) return null;
    return { kind: 'skill', id: hit.id, uri: hit.uri, label, lang, preferred: true, confidence, match: hit.score / top, source: 'sentence', span: spanOf(text, all, at[0], at[1]) };
  });
}

/** Content stems of every label of a skill in a language, cached per snapshot (built on first use). */
const skillLabelStems = new WeakMap<TaxonomySnapshot, Map<string, string[][]>>();
function labelStemsOf(snap: TaxonomySnapshot, id: number, lang: Lang): string[][] {
  let cache = skillLabelStems.get(snap);
  if (!cache) skillLabelStems.set(snap, (cache = new Map()));
  const key = `${lang}|${id}`;
  let stems = cache.get(key);
  if (!stems) {
    const labels = [snap.skills.labels.preferred[lang]?.[id], ...(snap.skills.labels.alt[lang]?.[id] ?? [])].filter((l): l is string => !!l);
    stems = labels.map((l) => [...new Set(tokenise(l, lang).filter((t) => !t.stop).map((t) => t.stem))]);
    cache.set(key, stems);
  }
  return stems;
}

/**
 * The essential skills of the occupations read in the text that were not read themselves, scored by
 * how much of their best label the text writes (see CANDIDATE_MIN_CONFIDENCE), spanned by the occupation.
 */
function inferredSkills(index: LabelIndex, snap: TaxonomySnapshot, lang: Lang, terms: readonly Term[], read: readonly ExtractedConcept[], occupations: readonly ExtractedConcept[]): ExtractedConcept[] {
  const textStems = new Set<string>();
  for (const t of terms) for (const a of t.alts) textStems.add(a.stem);
  const have = new Set(read.map((s) => s.id));
  const best = new Map<number, ExtractedConcept>();
  for (const o of occupations) {
    if (o.confidence < CANDIDATE_MIN_CONFIDENCE) continue;
    for (const id of csrRow(snap.essential, o.id)) {
      if (have.has(id)) continue;
      let cover = 0;
      for (const stems of labelStemsOf(snap, id, lang)) {
        let total = 0;
        let written = 0;
        for (const st of stems) {
          const w = index.idf(st, lang);
          total += w;
          if (textStems.has(st)) written += w;
        }
        if (total > 0) cover = Math.max(cover, written / total);
      }
      const confidence = CANDIDATE_MIN_CONFIDENCE + INFERRED_WEIGHT * Math.min(1, o.confidence * (INFERRED_PRIOR + cover));
      if ((best.get(id)?.confidence ?? -1) >= confidence) continue;
      const label = snap.skills.labels.preferred[lang]?.[id] || snap.skills.labels.preferred.en?.[id] || '';
      best.set(id, { kind: 'skill', id, uri: snap.skills.uris[id], label, lang, preferred: true, confidence, match: cover, source: 'occupation', span: o.span });
    }
  }
  return [...best.values()];
}

/**
 * The index's best skills for each sentence's words taken as one query (what a search engine would
 * answer), scored just above CANDIDATE_MIN_CONFIDENCE, spanned from the first to the last word they share.
 */
function sentenceSkills(index: LabelIndex, text: string, all: Token[], lang: Lang, content: readonly Token[], terms: readonly Term[], read: readonly ExtractedConcept[]): ExtractedConcept[] {
  const have = new Set(read.map((s) => s.id));
  const out = new Map<number, ExtractedConcept>();
  let from = 0;
  for (let i = 1; i <= content.length; i++) {
    if (i < content.length && !SENTENCE_END.test(text.slice(content[i - 1].end, content[i].start))) continue;
    const sentence = terms.slice(from, i).filter((t) => t.alts.length > 0);
    const tokens = content.slice(from, i);
    const sentenceTerms = terms.slice(from, i);
    from = i;
    if (sentence.length === 0) continue;
    const ranked = index.rank(sentence, lang, { kind: 'skill', limit: SENTENCE_CANDIDATES, minConfidence: 0 });
    const top = ranked[0]?.confidence ?? 0;
    for (const c of ranked) {
      if (have.has(c.id) || top <= 0) continue;
      const labelTokens = tokenise(c.label, c.lang).filter((t) => !t.stop);
      const stems = new Set(labelTokens.map((t) => t.stem));
      const hit = sentenceTerms.map((t, k) => (t.alts.some((a) => stems.has(a.stem)) ? k : -1)).filter((k) => k >= 0);
      if (hit.length === 0) continue;
      // One shared word: the lone-word rules hold here too ("ponía" shares only a short stem with Perl's
      // "Ponie", "trabajó" is a stop verb).
      if (hit.length === 1 && !sharesAlone(tokens[hit[0]], sentenceTerms[hit[0]], labelTokens, lang)) continue;
      const confidence = CANDIDATE_MIN_CONFIDENCE + (SENTENCE_WEIGHT * c.confidence) / top;
      if ((out.get(c.id)?.confidence ?? -1) >= confidence) continue;
      out.set(c.id, { ...c, confidence, match: c.confidence, source: 'sentence', span: spanOf(text, all, tokens[hit[0]], tokens[hit[hit.length - 1]]) });
    }
  }
  return [...out.values()];
}

/** A word that alone ties a sentence to a label: no stop verb, written as in the label (or its infinitive), or a long shared stem. */
function sharesAlone(token: Token, term: Term, labelTokens: readonly Token[], lang: Lang): boolean {
  if (isStopVerb(token.norm, lang, term.verb)) return false;
  const words = new Set(labelTokens.map((t) => t.norm));
  if (words.has(token.norm) || term.verb?.lemmas.some((l) => words.has(l))) return true;
  const stems = new Set(labelTokens.map((t) => t.stem));
  return term.alts.some((a) => stems.has(a.stem) && a.stem.length >= LONE_WORD_MIN_STEM);
}

/**
 * ESCO's structure on the skills read: those an occupation read in the text requires score higher, and
 * of a skill and its direct broader skill both read, the narrower stays (with the better score).
 */
function withStructure(snap: TaxonomySnapshot, skills: ExtractedConcept[], occupations: readonly ExtractedConcept[]): ExtractedConcept[] {
  const boost = new Map<number, number>();
  for (const o of occupations) {
    for (const s of csrRow(snap.essential, o.id)) boost.set(s, Math.max(boost.get(s) ?? 0, ESSENTIAL_BOOST * o.confidence));
    for (const s of csrRow(snap.optional, o.id)) boost.set(s, Math.max(boost.get(s) ?? 0, OPTIONAL_BOOST * o.confidence));
  }
  const out = skills.map((s) => {
    const b = boost.get(s.id) ?? 0;
    return b > 0 ? { ...s, confidence: s.confidence + (1 - s.confidence) * b } : s;
  });
  const byId = new Map(out.map((s) => [s.id, s]));
  const dropped = new Set<number>();
  for (const s of out) {
    const broader = snap.skillBroader[s.id];
    const parent = broader >= 0 ? byId.get(broader) : undefined;
    if (parent && !dropped.has(s.id)) {
      dropped.add(parent.id);
      if (parent.confidence > s.confidence) byId.set(s.id, { ...s, confidence: parent.confidence });
    }
  }
  return out.filter((s) => !dropped.has(s.id)).map((s) => byId.get(s.id)!);
}

/** True when the last word of the window has the stem of an earlier word of it. */
function repeatsEarlier(terms: readonly Term[], from: number, last: number): boolean {
  const stem = terms[last].alts[0]?.stem;
  for (let k = from; k < last; k++) if (terms[k].alts[0]?.stem === stem) return true;
  return false;
}

/** The same concept read twice keeps its most relevant reading. */
function dedupe(found: ExtractedConcept[]): ExtractedConcept[] {
  const keep = new Set(bestPerConcept(found, found.length));
  return found.filter((f) => keep.has(f));
}

/** Span from the first to the last word, including a gender suffix written right after ("vendedor/a"). */
function spanOf(text: string, all: Token[], first: Token, last: Token): Span {
  let end = last.end;
  const at = all.indexOf(last);
  for (let k = at + 1; k < all.length && all[k].gender && all[k].start === end + 1; k++) end = all[k].end;
  if (text[end] === ')' && text[first.start - 1] !== '(' && text.lastIndexOf('(', end) > last.start) end++;
  return { start: first.start, end, text: text.slice(first.start, end) };
}
