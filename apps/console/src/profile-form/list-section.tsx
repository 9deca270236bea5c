import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';

/** A list of profile entries (skills, experience, languages, qualifications): each with its fields and a remove button, and a way to add one. */
export function ListSection<T>({
  legend,
  items,
  onChange,
  itemLabel,
  fields,
  add,
}: {
  legend: string;
  items: T[];
  onChange: (items: T[]) => void;
  itemLabel: (item: T) => string;
  fields: (item: T, set: (item: T) => void, name: string) => ReactNode;
  add: (push: (item: T) => void) => ReactNode;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <ul className="entries">
        {items.map((item, i) => {
          const name = itemLabel(item);
          return (
            <li key={i}>
              <span className="entry-name">{name}</span>
              {fields(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), name)}
              <button type="button" className="secondary" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                {t('remove')} <span className="visually-hidden">{name}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {add((item) => onChange([...items, item]))}
    </fieldset>
  );
}
