import { useI18n } from '../i18n/i18n-context';

interface ChoiceProps<T extends string> {
  id: string;
  label: string;
  options: readonly T[];
  /** Dictionary key prefix: each option shows as t(prefix + value). */
  prefix: string;
  describedBy?: string;
  disabled?: boolean;
}

/** A select of fixed options, each shown through the dictionary (`prefix` + value), with a visible label. */
export function Choice<T extends string>(props: ChoiceProps<T> & { value: T; onChange: (v: T) => void }) {
  return <ChoiceSelect {...props} onChange={(v) => props.onChange(v as T)} />;
}

/**
 * The same for a field that may be unset (value ''): `empty` labels a first option with value ''
 * ("not recorded"), picked as ''; without `empty` the select offers the options only.
 */
export function OptionalChoice<T extends string>(props: ChoiceProps<T> & { value: T | ''; empty?: string; onChange: (v: T | '') => void }) {
  return <ChoiceSelect {...props} />;
}

function ChoiceSelect<T extends string>({ id, label, value, options, prefix, onChange, describedBy, disabled, empty }: ChoiceProps<T> & { value: T | ''; empty?: string; onChange: (v: T | '') => void }) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value as T | '')}>
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`${prefix}${o}`)}
          </option>
        ))}
      </select>
    </>
  );
}
