/**
 * Free text -> skills and an occupation, with the spans they were read from.
 *
 * Every window of up to `maxWindow` consecutive content words (not crossing sentence punctuation) is
 * scored against the label index (typos already corrected word by word); windows are then taken
 * best-first without overlap, longer first on equal scores (greedy longest match). A window's score is
 * the index's weighted Dice between its words and the best label, so "manejo de caja" matches "manejar
 * una caja registradora" partly and "vendedor/a" matches "vendedor" fully.
 */
import { bestPerConcept, type Candidate, type LabelIndex, type Term } from './label-index';
import { isStopWord, tokenise, type Token } from './normalise';
import type { Lang } from './types';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface ExtractedConcept extends Candidate {
  span: Span;
}

export interface Extraction {
  lang: Lang;
  /** The most confident occupation read from the text, or null. */
  occupation: ExtractedConcept | null;
  occupations: ExtractedConcept[];
  skills: ExtractedConcept[];
}

export interface ExtractOptions {
  /** Language of the text; detected (stop words, known words) when absent. */
  lang?: Lang;
  minConfidence?: number;
  maxWindow?: number;
}

export const DEFAULT_MIN_CONFIDENCE = 0.55;
const DEFAULT_MAX_WINDOW = 6;

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

/**
 * Stems conflate a job and its work ("forklift operator" and "operate forklift" both give
 * {forklift, oper}); the label that repeats the words as written wins such ties.
 */
const LITERAL_BONUS = 0.05;

function literalShare(c: Candidate, window: readonly Token[]): number {
  const words = new Set(tokenise(c.label, c.lang).map((t) => t.norm));
  let n = 0;
  for (const t of window) if (words.has(t.norm)) n++;
  return window.length ? n / window.length : 0;
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

interface WindowMatch {
  from: number;
  to: number; // exclusive, in content-token positions
  candidate: Candidate;
}

export function extractConcepts(index: LabelIndex, text: string, opts: ExtractOptions = {}): Extraction {
  const lang = opts.lang ?? detectLanguage(index, text);
  const minConfidence = opts.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
  const maxWindow = opts.maxWindow ?? DEFAULT_MAX_WINDOW;
  const all = tokenise(text, lang);
  const content = all.filter((t) => !t.stop && !isNoise(t, lang));
  const terms: Term[] = index.resolveTerms(content, lang, { fuzzy: true, prefixLast: false });

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
      let best: Candidate | null = null;
      let bestValue = -1;
      for (const c of index.rank(windowTerms, lang, { limit: 8, minConfidence })) {
        if (!plausible(c, window, windowTerms, lang)) continue;
        const value = c.confidence + LITERAL_BONUS * literalShare(c, window);
        if (value > bestValue) {
          best = c;
          bestValue = value;
        }
      }
      if (best) matches.push({ from: i, to: i + n, candidate: best });
    }
  }

  matches.sort((a, b) => b.candidate.confidence - a.candidate.confidence || b.to - b.from - (a.to - a.from) || a.from - b.from);
  const used = new Uint8Array(content.length);
  const skills: ExtractedConcept[] = [];
  const occupations: ExtractedConcept[] = [];
  for (const m of matches) {
    let free = true;
    for (let k = m.from; k < m.to; k++) if (used[k]) free = false;
    if (!free) continue;
    for (let k = m.from; k < m.to; k++) used[k] = 1;
    const found: ExtractedConcept = { ...m.candidate, span: spanOf(text, all, content[m.from], content[m.to - 1]) };
    (found.kind === 'skill' ? skills : occupations).push(found);
  }
  const byPosition = (a: ExtractedConcept, b: ExtractedConcept) => a.span.start - b.span.start;
  const uniqueSkills = dedupe(skills).sort(byPosition);
  const uniqueOccupations = dedupe(occupations).sort(byPosition);
  const occupation = [...uniqueOccupations].sort((a, b) => b.confidence - a.confidence)[0] ?? null;
  return { lang, occupation, occupations: uniqueOccupations, skills: uniqueSkills };
}

/** True when the last word of the window has the stem of an earlier word of it. */
function repeatsEarlier(terms: readonly Term[], from: number, last: number): boolean {
  const stem = terms[last].alts[0]?.stem;
  for (let k = from; k < last; k++) if (terms[k].alts[0]?.stem === stem) return true;
  return false;
}

/** The same concept read twice keeps its most confident reading. */
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
