import { useI18n } from '../i18n/i18n-context';
import { CEFR } from './cefr';

type Level = (typeof CEFR)[number];

/**
 * A language tag and its CEFR level, as one item of a ListSection: the person's languages (profile
 * editor) and an opportunity's language minimums share it. `levelLabel` names the level select
 * ("CEFR", "Minimum CEFR level"); `name` is the item's label in the list, for unique accessible names.
 */
export function LanguageLevelFields<T extends { tag: string; level: Level }>({ item, set, name, levelLabel }: { item: T; set: (next: T) => void; name: string; levelLabel: string }) {
  const { t } = useI18n();
  return (
    <>
      <label>
        {t('languageTag')} <span className="visually-hidden">({name})</span>
        <input value={item.tag} size={6} onChange={(e) => set({ ...item, tag: e.target.value })} />
      </label>
      <select aria-label={`${levelLabel} (${name})`} value={item.level} onChange={(e) => set({ ...item, level: e.target.value as Level })}>
        {CEFR.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </>
  );
}
