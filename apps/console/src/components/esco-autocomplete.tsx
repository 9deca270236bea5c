import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n-context';

export interface Concept {
  uri: string;
  label: string;
}

/**
 * An ESCO skill or occupation picker (GET /taxonomy/skills|occupations?q=): an ARIA combobox, arrows to
 * move, Enter to pick, Escape to close; the labels come in the interface language.
 */
export function EscoAutocomplete({ kind, label, onPick }: { kind: 'skills' | 'occupations'; label: string; onPick: (c: Concept) => void }) {
  const { clients } = useApp();
  const { language, t } = useI18n();
  const id = useId();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<Concept[]>([]);
  const [active, setActive] = useState(0);

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2) return setItems([]);
    let current = true;
    // A short pause so typing does not send one request per key.
    const timer = setTimeout(async () => {
      const { data } = await clients.profiles.GET(`/taxonomy/${kind}`, { params: { query: { q: text, lang: language, limit: 8 }, header: { 'accept-language': language } } });
      if (current) {
        setItems((data?.items ?? []).map((i) => ({ uri: i.uri, label: i.label })));
        setActive(0);
      }
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [q, kind, language, clients]);

  const pick = (c: Concept) => {
    onPick(c);
    setQ('');
    setItems([]);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && items[active]) pick(items[active]);
    else if (e.key === 'Escape') setItems([]);
    else return;
    e.preventDefault();
  };

  const open = items.length > 0;
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        role="combobox"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${id}-option-${active}` : undefined}
        autoComplete="off"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKey}
        placeholder={t('typeToSearch')}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={label} hidden={!open}>
        {items.map((c, i) => (
          <li key={c.uri} id={`${id}-option-${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => (e.preventDefault(), pick(c))}>
            {c.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
