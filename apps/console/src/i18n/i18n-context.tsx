import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './messages';
import { formatDate, formatNumber, formatPercent, translate, type Language } from './translate';

const STORAGE_KEY = 'console.language';

export interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey | string, params?: Record<string, string | number>): string;
  number(value: number, fractionDigits?: number): string;
  percent(fraction: number): string;
  date(value: string): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Spanish unless the person switched to English in this browser. */
export function initialLanguage(): Language {
  const language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'es';
  document.documentElement.lang = language;
  return language;
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage(next) {
        localStorage.setItem(STORAGE_KEY, next);
        document.documentElement.lang = next;
        setLanguageState(next);
      },
      t: (key, params) => translate(language, key, params),
      number: (v, digits) => formatNumber(language, v, digits),
      percent: (f) => formatPercent(language, f),
      date: (v) => formatDate(language, v),
    }),
    [language],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
