import { useI18n } from '../i18n/i18n-context';

/** A select of fixed options, each shown through the dictionary (`prefix` + value), with a visible label. */
export function Choice<T extends string>({ id, label, value, options, prefix, onChange, describedBy }: { id: string; label: string; value: T; options: readonly T[]; prefix: string; onChange: (v: T) => void; describedBy?: string }) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}${o}`)}
          </option>
        ))}
      </select>
    </>
  );
}
