import { REPLACEMENT_SKIP_REASONS, type ReplacementReason, type ReplacementSkipped, type ReplacementSkipReason } from '@app/contracts';
import type { ExplanationLanguage } from '@app/matching';

/**
 * Replacement reasons -> sentences in Spanish or English, at read time (the scorer's result and the
 * response's `reason` / `skipped` stay language-neutral). Pure; kept apart from the engine's
 * explanations, which are about a person and an option, not about an employer's list.
 */

/** English ordinals: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 101st, 111th. */
function ordinalEn(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** One decimal, with the language's decimal separator (71.3 / 71,3). */
function score(x: number, lang: ExplanationLanguage): string {
  const s = (Math.round(x * 10) / 10).toFixed(1);
  return lang === 'es' ? s.replace('.', ',') : s;
}

export function explainReplacementReason(r: ReplacementReason, lang: ExplanationLanguage): string {
  const es = lang === 'es';
  if (r.code === 'waiting_list') return es ? `Puesto ${r.position} en la lista de espera de la cohorte` : `Position ${r.position} on the cohort's waiting list`;
  return es
    ? `${r.rank}.º de quienes pueden empezar a más tardar el ${r.canStartBy} (puntuación ${score(r.score, lang)})`
    : `Ranked ${ordinalEn(r.rank)} of those who can start by ${r.canStartBy} (score ${score(r.score, lang)})`;
}

type Phrase = (n: number, canStartBy: string) => string;
const people = (n: number, lang: ExplanationLanguage) => (lang === 'es' ? (n === 1 ? '1 persona' : `${n} personas`) : n === 1 ? '1 person' : `${n} people`);

const SKIPPED: Record<ExplanationLanguage, Record<ReplacementSkipReason, Phrase>> = {
  es: {
    holdsSeat: (n) => `${people(n, 'es')} ${n === 1 ? 'ya ocupa' : 'ya ocupan'} una plaza de esta oferta`,
    droppedOut: (n) => `${people(n, 'es')} ${n === 1 ? 'abandonó' : 'abandonaron'} esta oferta y no se ${n === 1 ? 'vuelve' : 'vuelven'} a proponer`,
    cannotStartInWindow: (n, d) => `${people(n, 'es')} no ${n === 1 ? 'puede' : 'pueden'} empezar a más tardar el ${d}`,
    placedElsewhere: (n) => `${people(n, 'es')} ya ${n === 1 ? 'está colocada' : 'están colocadas'} en otra oferta en las mismas fechas y horas`,
    notEligible: (n) => `${people(n, 'es')} de la lista de espera ya no ${n === 1 ? 'cumple' : 'cumplen'} algún requisito`,
  },
  en: {
    holdsSeat: (n) => `${people(n, 'en')} already ${n === 1 ? 'holds' : 'hold'} a seat here`,
    droppedOut: (n) => `${people(n, 'en')} dropped out of this opportunity and ${n === 1 ? 'is' : 'are'} not offered again`,
    cannotStartInWindow: (n, d) => `${people(n, 'en')} cannot start by ${d}`,
    placedElsewhere: (n) => `${people(n, 'en')} ${n === 1 ? 'is' : 'are'} already placed elsewhere at the same dates and hours`,
    notEligible: (n) => `${people(n, 'en')} on the waiting list no longer ${n === 1 ? 'meets' : 'meet'} a requirement`,
  },
};

/** One sentence per reason that left someone out, in REPLACEMENT_SKIP_REASONS order; none when nobody was. */
export function explainSkipped(skipped: ReplacementSkipped, canStartBy: string, lang: ExplanationLanguage): string[] {
  return REPLACEMENT_SKIP_REASONS.filter((r) => skipped[r] > 0).map((r) => SKIPPED[lang][r](skipped[r], canStartBy));
}
