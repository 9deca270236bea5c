/**
 * Text normalisation shared by the label index and the extractor, so that labels and queries meet in
 * the same form: lower case, no accents ("panadería" = "panaderia"), no gender suffixes ("vendedor/a",
 * "vendedor(a)" -> "vendedor"; "vendedora/vendedor" keeps both words, which stem alike), no punctuation,
 * and per-language stems (natural's Porter stemmers for English and Spanish).
 */
import { PorterStemmer, PorterStemmerEs } from './natural-parts';
import type { Lang } from './types';

export interface Token {
  /** The token as written (slice of the original text). */
  raw: string;
  /** Lower-cased, accents stripped. */
  norm: string;
  /** Stem in the tokeniser's language ('' for stop words). */
  stem: string;
  /** Character offsets into the original text: text.slice(start, end) === raw. */
  start: number;
  end: number;
  /** A function word ("de", "the") or a gender suffix ("/a"): carries no meaning for matching. */
  stop: boolean;
  /** A gender or plural suffix written after "/" or in "()" ("vendedor/a"): dropped from normal forms. */
  gender: boolean;
}

/** Lower case and strip diacritics (NFD + drop combining marks): "Panadería" -> "panaderia". */
export function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

// Function words only: verbs such as "make", "take", "use" carry meaning in skill labels and stay.
const STOP_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'a an the and or of to in on at for with by from as into onto about over under per via etc is are be been being this that these those it its their his her other others such own all any each both either new'.split(
      ' ',
    ),
  ),
  es: new Set(
    'a al ante bajo con contra de del desde e el en entre hacia hasta la las lo los o para por segun sin sobre tras u un una unas unos y su sus que se le les otro otros otra otras como mas muy tambien cual cuales este esta estos estas ese esa esos esas todo toda todos todas'.split(
      ' ',
    ),
  ),
};

/** Short endings written after "/" or inside "()" to give the feminine or plural: "vendedor/a", "profesor(as)". */
const GENDER_SUFFIXES = new Set(['a', 'as', 'o', 'os', 'es', 'ra', 'ras', 'ora', 'oras', 'e']);

export function isStopWord(norm: string, lang: Lang): boolean {
  return STOP_WORDS[lang]?.has(norm) ?? false;
}

const stemCache: Record<string, Map<string, string>> = { en: new Map(), es: new Map() };

/** Stem of an already folded token. Unknown languages are not stemmed. Cached: labels repeat words a lot. */
export function stem(norm: string, lang: Lang): string {
  const cache = stemCache[lang];
  if (!cache) return norm;
  let s = cache.get(norm);
  if (s === undefined) {
    // Digits and very short tokens (ids, "c", "3d") stay as they are.
    s = norm.length <= 2 || /\d/.test(norm) ? norm : lang === 'es' ? PorterStemmerEs.stem(norm) : PorterStemmer.stem(norm);
    if (cache.size > 200_000) cache.clear();
    cache.set(norm, s);
  }
  return s;
}

// Letters and digits, plus the programming-language forms people write ("c++", "c#", ".net" is rare).
const WORD = /[\p{L}\p{N}]+(?:\+\+|#)?/gu;

/**
 * Splits text into tokens with their offsets in the original string, marks stop words and gender
 * suffixes, and stems the rest in `lang`.
 */
export function tokenise(text: string, lang: Lang): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const norm = foldCase(raw);
    const before = text[start - 1];
    const genderSuffix = (before === '/' || before === '(') && GENDER_SUFFIXES.has(norm) && tokens.length > 0 && tokens[tokens.length - 1].end === start - 1;
    // Folding must not make a stop word of a content word: "uñas" (nails) is not "unas" (some).
    const stop = genderSuffix || (isStopWord(norm, lang) && !/ñ/i.test(raw));
    tokens.push({ raw, norm, stem: stop ? '' : stem(norm, lang), start, end, stop, gender: genderSuffix });
  }
  return tokens;
}

/** Normalised form of a text for display-independent comparison: "Vendedor/a  de Caja" -> "vendedor de caja". */
export function normalise(text: string, lang: Lang = 'es'): string {
  return tokenise(text, lang)
    .filter((t) => !t.gender)
    .map((t) => t.norm)
    .join(' ');
}

/**
 * Two folded forms of one word: equal, or differing in at most the last two letters of the longer (a
 * gender or plural ending: "cocinera" / "cocinero", "cajeras" / "cajero", "nurses" / "nurse"). Words that
 * only share a stem are not ("seguridad" / "seguros", "alcaldía" / "alcalinidad", "arreglaba" /
 * "arreglista").
 */
export function closeForms(a: string, b: string): boolean {
  if (a === b) return true;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p >= Math.max(a.length, b.length) - 2;
}

/** Distinct content stems of a text, in order of first appearance. */
export function contentStems(text: string, lang: Lang): string[] {
  const out: string[] = [];
  for (const t of tokenise(text, lang)) if (!t.stop && !out.includes(t.stem)) out.push(t.stem);
  return out;
}

/** Languages with a stemmer and stop words. */
export const STEMMED_LANGUAGES: readonly Lang[] = ['en', 'es'];
