// Looking words up and formatting numbers and dates: plain functions, so they are unit-tested without a DOM.
import { en, es, type MessageKey } from './messages';

export type Language = 'es' | 'en';

const DICTIONARIES: Record<Language, Record<MessageKey, string>> = { es, en };
const LOCALES: Record<Language, string> = { es: 'es-EC', en: 'en-GB' };

/** `{name}` placeholders are filled from `params`; an unknown key shows itself (visible, not blank). */
export function translate(language: Language, key: MessageKey | string, params: Record<string, string | number> = {}): string {
  const text = (DICTIONARIES[language] as Record<string, string>)[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function formatNumber(language: Language, value: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits }).format(value);
}

export function formatPercent(language: Language, fraction: number): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits: 0 }).format(fraction);
}

/** `YYYY-MM-DD` is a calendar day (no time zone shift); anything longer is an instant. */
export function formatDate(language: Language, value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = day ? new Date(`${value}T12:00:00Z`) : new Date(value);
  return new Intl.DateTimeFormat(LOCALES[language], day ? { dateStyle: 'medium', timeZone: 'UTC' } : { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A fairness-audit group in words: gender codes through the dictionary (`gender_female`), nationality
 * codes (ISO 3166 alpha-2) as country names in the language (Intl.DisplayNames), the service's pooled
 * small groups (`other`) as such; anything else shows its code.
 */
export function fairnessGroupLabel(language: Language, dimension: 'gender' | 'nationality', code: string): string {
  const dictionary = DICTIONARIES[language] as Record<string, string>;
  if (dimension === 'gender' && dictionary[`gender_${code}`]) return dictionary[`gender_${code}`]!;
  if (code === 'other') return dictionary.fairnessGroup_other ?? code;
  if (dimension === 'nationality' && /^[A-Z]{2}$/.test(code)) {
    try {
      return new Intl.DisplayNames([LOCALES[language]], { type: 'region', fallback: 'code' }).of(code) ?? code;
    } catch {
      return code;
    }
  }
  return code;
}
