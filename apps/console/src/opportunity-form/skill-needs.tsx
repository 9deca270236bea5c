import type { FieldErrors } from '../api/field-errors';
import { EscoAutocomplete } from '../components/esco-autocomplete';
import { FieldError } from '../components/field-error';
import { useI18n } from '../i18n/i18n-context';
import { ListSection } from '../profile-form/list-section';
import type { SkillNeed } from './opportunity-draft';

const LEVELS = ['basic', 'intermediate', 'advanced'] as const;

/** A list of ESCO skills with the level asked (or taught), picked through the taxonomy autocomplete. */
export function SkillNeeds({ legend, addLabel, items, onChange, errors, path }: { legend: string; addLabel: string; items: SkillNeed[]; onChange: (items: SkillNeed[]) => void; errors: FieldErrors; path: string }) {
  const { t } = useI18n();
  return (
    <>
      <ListSection
        legend={legend}
        items={items}
        onChange={onChange}
        itemLabel={(s) => s.label ?? s.uri ?? ''}
        add={(push) => <EscoAutocomplete kind="skills" label={addLabel} onPick={(c) => push({ uri: c.uri, label: c.label, level: 'intermediate' })} />}
        fields={(s, set, name) => (
          <select aria-label={`${t('level')} (${name})`} value={s.level} onChange={(e) => set({ ...s, level: e.target.value as SkillNeed['level'] })}>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`level_${l}`)}
              </option>
            ))}
          </select>
        )}
      />
      <FieldError id={`o-${path}-error`} errors={errors} paths={[path]} />
    </>
  );
}
