/**
 * A light verb lemmatiser for Spanish and English: an inflected form -> the infinitives it may come
 * from, so that case notes written in the past ("ponía ladrillos", "manejaba montacargas", "drove a
 * forklift") meet ESCO labels written with infinitives ("poner ladrillos", "drive a forklift"), and so
 * that the extractor knows a word is a verb form (a lone verb never makes a skill; a verb form is never
 * "corrected" into some other word by the typo fallback).
 *
 * Rules, not a dictionary: regular endings (Spanish imperfect -aba/-ía, preterite -ó/-é/-aron/-ieron,
 * future and conditional, present -a/-e/-an/-en, gerund -ando/-iendo, participle -ado/-ido, with the
 * e->ie and o->ue stem changes; English -ed/-ing/-s) give candidate infinitives, a short list of
 * irregular forms gives the rest, and the caller keeps a candidate only when the infinitive is a word
 * the label index knows (`knows`). So "panadería" (no verb "panaderer") stays a noun.
 *
 * A reading is `strong` when the ending is unambiguously verbal (imperfect, preterite, gerund, future,
 * an English past): those forms never stand alone as a skill and are never typo-corrected. Present-tense
 * and participle forms are weak ("cocina", "carga", "empleado", "cleaning" are nouns too): they get the
 * infinitive as an extra reading, nothing more.
 */
import { foldCase } from './normalise';
import type { Lang } from './types';

export interface VerbReading {
  /** Infinitives (folded: lower case, no accents) the form may come from, known to the index. */
  lemmas: string[];
  /** Unambiguously a verb form (imperfect, preterite, gerund...), not a noun that looks like one. */
  strong: boolean;
}

/** Verbs so general that alone they name no skill ("trabajaba", "used", "ayudé"): only inside a longer label. */
export const STOP_VERBS: Record<string, ReadonlySet<string>> = {
  es: new Set('trabajar usar utilizar poner hacer manejar tener ser estar ayudar realizar llevar haber poder deber dar ir saber querer encargar ocupar desempenar'.split(' ')),
  en: new Set('work use put do make have handle help get be go take give can'.split(' ')),
};

/** True when the folded word, or an infinitive it comes from, is a stop verb. */
export function isStopVerb(norm: string, lang: Lang, reading?: VerbReading | null): boolean {
  const set = STOP_VERBS[lang];
  if (!set) return false;
  return set.has(norm) || (reading?.lemmas.some((l) => set.has(l)) ?? false);
}

// Irregular forms (folded) -> infinitive. Only the verbs job text uses; regular forms come from the rules.
// Past forms (preterite, imperfect) are strong readings; present forms and participles weak.
const IRREGULAR_ES_PAST: Record<string, string> = {
  puse: 'poner', puso: 'poner', pusieron: 'poner', hice: 'hacer', hizo: 'hacer', hicieron: 'hacer',
  tuve: 'tener', tuvo: 'tener', tuvieron: 'tener', supe: 'saber', supo: 'saber', supieron: 'saber',
  conduje: 'conducir', condujo: 'conducir', condujeron: 'conducir', traduje: 'traducir', tradujo: 'traducir',
  produje: 'producir', produjo: 'producir', produjeron: 'producir', traje: 'traer', trajo: 'traer', trajeron: 'traer',
  dije: 'decir', dijo: 'decir', estuve: 'estar', estuvo: 'estar', estuvieron: 'estar', estaba: 'estar', estaban: 'estar',
  fui: 'ser', fue: 'ser', fueron: 'ser', era: 'ser', eran: 'ser', iba: 'ir', iban: 'ir',
  pude: 'poder', pudo: 'poder', quise: 'querer', quiso: 'querer', dio: 'dar', dieron: 'dar', vio: 'ver',
  mantuve: 'mantener', mantuvo: 'mantener', obtuve: 'obtener', obtuvo: 'obtener', sirvio: 'servir', sirvieron: 'servir',
  pidio: 'pedir', repitio: 'repetir', vistio: 'vestir', midio: 'medir', frei: 'freir',
};
const IRREGULAR_ES_PRESENT: Record<string, string> = {
  pongo: 'poner', pone: 'poner', ponen: 'poner', puesto: 'poner', hago: 'hacer', hace: 'hacer', hacen: 'hacer', hecho: 'hacer',
  tengo: 'tener', tiene: 'tener', tienen: 'tener', sabe: 'saber', saben: 'saber', conduzco: 'conducir', traigo: 'traer',
  dice: 'decir', digo: 'decir', dicho: 'decir', estoy: 'estar', estan: 'estar', soy: 'ser', es: 'ser', son: 'ser',
  voy: 'ir', va: 'ir', van: 'ir', puedo: 'poder', puede: 'poder', pueden: 'poder', quiero: 'querer', quiere: 'querer',
  vengo: 'venir', viene: 'venir', doy: 'dar', da: 'dar', veo: 'ver', visto: 'ver', mantengo: 'mantener', mantiene: 'mantener',
  obtengo: 'obtener', obtiene: 'obtener', atiendo: 'atender', atiende: 'atender', atienden: 'atender', sirvo: 'servir', sirve: 'servir',
  pido: 'pedir', pide: 'pedir', repito: 'repetir', mide: 'medir', friego: 'fregar', friega: 'fregar', cuezo: 'cocer', cuece: 'cocer',
  frie: 'freir', frien: 'freir', friendo: 'freir', frito: 'freir', abierto: 'abrir', escrito: 'escribir', roto: 'romper',
  vuelto: 'volver', cubierto: 'cubrir',
};

const IRREGULAR_EN: Record<string, string> = {
  made: 'make', did: 'do', done: 'do', does: 'do', had: 'have', has: 'have', got: 'get', gotten: 'get', took: 'take', taken: 'take',
  drove: 'drive', driven: 'drive', led: 'lead', kept: 'keep', sold: 'sell', taught: 'teach', built: 'build', ran: 'run',
  wrote: 'write', written: 'write', brought: 'bring', bought: 'buy', caught: 'catch', fed: 'feed', held: 'hold', met: 'meet',
  paid: 'pay', sent: 'send', spent: 'spend', spoke: 'speak', spoken: 'speak', stood: 'stand', thought: 'think', understood: 'understand',
  was: 'be', were: 'be', went: 'go', gone: 'go', gave: 'give', given: 'give', grew: 'grow', grown: 'grow', knew: 'know', known: 'know',
  lent: 'lend', lost: 'lose', found: 'find', fought: 'fight', froze: 'freeze', frozen: 'freeze', hung: 'hang', laid: 'lay',
  sewed: 'sew', sewn: 'sew', swept: 'sweep', wove: 'weave', woven: 'weave', dug: 'dig', rode: 'ride', flew: 'fly',
};

/** The strong Spanish endings, longest first: ending -> the infinitive endings it may come from. */
const ES_STRONG: Array<[string, string[]]> = [
  ['abamos', ['ar']], ['aramos', ['ar']], ['ieramos', ['er', 'ir']], ['ariamos', ['ar']], ['eriamos', ['er']], ['iriamos', ['ir']],
  ['aremos', ['ar']], ['eremos', ['er']], ['iremos', ['ir']],
  ['ieron', ['er', 'ir']], ['yeron', ['er', 'ir']], ['aron', ['ar']],
  ['iendo', ['er', 'ir']], ['yendo', ['er', 'ir']], ['ando', ['ar']],
  ['ariais', ['ar']], ['arian', ['ar']], ['erian', ['er']], ['irian', ['ir']], ['aria', ['ar']], ['eria', ['er']], ['iria', ['ir']],
  ['abais', ['ar']], ['aban', ['ar']], ['abas', ['ar']], ['aba', ['ar']],
  ['iamos', ['er', 'ir']], ['ian', ['er', 'ir']], ['ias', ['er', 'ir']], ['ia', ['er', 'ir']],
  ['asteis', ['ar']], ['isteis', ['er', 'ir']], ['aste', ['ar']], ['iste', ['er', 'ir']],
];

/** Endings only written with an accent (folded away): the accent is what makes them verbal. */
const ES_ACCENTED: Array<[string, string[]]> = [
  ['aré', ['ar']], ['eré', ['er']], ['iré', ['ir']], ['ará', ['ar']], ['erá', ['er']], ['irá', ['ir']],
  ['arán', ['ar']], ['erán', ['er']], ['irán', ['ir']],
  ['ió', ['er', 'ir']], ['yó', ['er', 'ir']], ['ó', ['ar']], ['é', ['ar']], ['í', ['er', 'ir']],
];

/** Weak (ambiguous with nouns and adjectives): present tense and participles. */
const ES_WEAK: Array<[string, string[]]> = [
  ['ados', ['ar']], ['adas', ['ar']], ['ado', ['ar']], ['ada', ['ar']], ['idos', ['er', 'ir']], ['idas', ['er', 'ir']], ['ido', ['er', 'ir']], ['ida', ['er', 'ir']],
  ['amos', ['ar']], ['emos', ['er']], ['imos', ['ir']],
  ['an', ['ar']], ['en', ['er', 'ir']], ['as', ['ar']], ['es', ['er', 'ir']], ['a', ['ar']], ['e', ['er', 'ir']], ['o', ['ar', 'er', 'ir']],
];

/** Present-tense stem changes undone: "friega" -> "freg-", "atiende" -> "atend-", "mueve" -> "mov-", "sirve" -> "serv-". */
function stemChanges(base: string): string[] {
  const out = [base];
  const ie = base.lastIndexOf('ie');
  if (ie > 0) out.push(base.slice(0, ie) + 'e' + base.slice(ie + 2));
  const ue = base.lastIndexOf('ue');
  if (ue > 0 && base[ue - 1] !== 'q' && base[ue - 1] !== 'g') out.push(base.slice(0, ue) + 'o' + base.slice(ue + 2));
  const i = base.lastIndexOf('i');
  if (i > 0 && !/[aeiou]/.test(base.slice(i + 1))) out.push(base.slice(0, i) + 'e' + base.slice(i + 1));
  return out;
}

function withEndings(base: string, endings: string[], out: string[]): void {
  if (base.length < 2) return;
  for (const e of endings) out.push(base + e);
}

/** Spanish: candidate infinitives of a lower-cased form (accents kept, they tell "trabajó" from "trabajo"). */
function spanishCandidates(lower: string): { strong: string[]; weak: string[] } {
  const folded = foldCase(lower);
  const strong: string[] = [];
  const weak: string[] = [];
  if (IRREGULAR_ES_PAST[folded]) strong.push(IRREGULAR_ES_PAST[folded]);
  if (IRREGULAR_ES_PRESENT[folded]) weak.push(IRREGULAR_ES_PRESENT[folded]);
  if (/(?:ar|er|ir)(?:se)?$/.test(folded)) return { strong, weak }; // already an infinitive
  for (const [end, inf] of ES_ACCENTED) {
    if (lower.endsWith(end)) {
      withEndings(folded.slice(0, folded.length - end.length), inf, strong);
      break;
    }
  }
  for (const [end, inf] of ES_STRONG) {
    if (folded.endsWith(end)) {
      // -yendo, -yeron: "leyendo" -> "le" + "er"; "construyendo" -> "constru" + "ir".
      withEndings(folded.slice(0, folded.length - end.length), inf, strong);
      break;
    }
  }
  for (const [end, inf] of ES_WEAK) {
    if (folded.endsWith(end)) {
      for (const base of stemChanges(folded.slice(0, folded.length - end.length))) withEndings(base, inf, weak);
      break;
    }
  }
  return { strong, weak };
}

/** English: candidate base forms of a lower-cased form. */
function englishCandidates(lower: string): { strong: string[]; weak: string[] } {
  const strong: string[] = [];
  const weak: string[] = [];
  const irregular = IRREGULAR_EN[lower];
  if (irregular) strong.push(irregular);
  const undouble = (b: string) => (b.length > 2 && b[b.length - 1] === b[b.length - 2] && !/[aeiouslz]/.test(b[b.length - 1]) ? [b.slice(0, -1)] : []);
  if (lower.length > 4 && lower.endsWith('ied')) strong.push(lower.slice(0, -3) + 'y');
  else if (lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed')) {
    const b = lower.slice(0, -2);
    strong.push(b, b + 'e', ...undouble(b));
  }
  if (lower.length > 5 && lower.endsWith('ing')) {
    const b = lower.slice(0, -3);
    weak.push(b, b + 'e', ...undouble(b));
  }
  if (lower.length > 4 && lower.endsWith('ies')) weak.push(lower.slice(0, -3) + 'y');
  else if (lower.length > 4 && /(?:ch|sh|ss|x|z)es$/.test(lower)) weak.push(lower.slice(0, -2));
  else if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) weak.push(lower.slice(0, -1));
  return { strong, weak };
}

/**
 * The verb reading of a word as written, or null when no candidate infinitive is known: `knows(folded)`
 * says whether the index has the word (it must be the infinitive of some label, or at least a word of one).
 */
export function lemmatise(raw: string, lang: Lang, knows: (norm: string) => boolean): VerbReading | null {
  const lower = raw.toLowerCase();
  const cands = lang === 'es' ? spanishCandidates(lower) : lang === 'en' ? englishCandidates(lower) : null;
  if (!cands) return null;
  const self = foldCase(lower);
  const keep = (list: string[]) => [...new Set(list)].filter((l) => l !== self && l.length >= 2 && knows(l));
  const strong = keep(cands.strong);
  if (strong.length) return { lemmas: strong, strong: true };
  // Spanish weak readings must be infinitives ("cocina" -> "cocinar"), not any known word the rules spell.
  const weak = keep(cands.weak).filter((l) => lang !== 'es' || /(?:ar|er|ir)$/.test(l));
  return weak.length ? { lemmas: weak, strong: false } : null;
}
