import type { FieldErrors } from '../api/field-errors';
import { EscoAutocomplete } from '../components/esco-autocomplete';
import { FieldError, fieldProps } from '../components/field-error';
import { LanguageLevelFields } from '../components/language-level-fields';
import { useI18n } from '../i18n/i18n-context';
import { ListSection } from '../profile-form/list-section';
import type { LanguageMinimum, Occupation } from './opportunity-draft';

/** The occupation (one ESCO concept, picked through the taxonomy autocomplete) and the free sector code. */
export function OccupationFields({ occupation, sector, onOccupation, onSector, errors }: { occupation: Occupation | null; sector: string; onOccupation: (o: Occupation | null) => void; onSector: (s: string) => void; errors: FieldErrors }) {
  const { t } = useI18n();
  const sectorProps = fieldProps('o-sector-error', errors, ['sector']);
  return (
    <fieldset>
      <legend>{t('occupationAndSector')}</legend>
      <p id="o-occupation-current">
        {t('occupation')}: {occupation ? <strong>{occupation.label ?? occupation.escoUri ?? occupation.iscoCode}</strong> : t('noOccupation')}
        {occupation && (
          <>
            {' '}
            <button type="button" className="secondary" onClick={() => onOccupation(null)}>
              {t('removeOccupation')}
            </button>
          </>
        )}
      </p>
      <EscoAutocomplete kind="occupations" label={occupation ? t('changeOccupation') : t('pickOccupation')} onPick={(c) => onOccupation({ escoUri: c.uri, label: c.label })} />
      <FieldError id="o-occupation-error" errors={errors} paths={['occupation']} />
      <div className="grid">
        <label htmlFor="o-sector">{t('sector')}</label>
        <input id="o-sector" value={sector} maxLength={100} onChange={(e) => onSector(e.target.value)} {...sectorProps} />
        <FieldError id="o-sector-error" errors={errors} paths={['sector']} />
      </div>
    </fieldset>
  );
}

/** Languages asked, each with its CEFR minimum and whether it is hard (excludes) or soft (lowers the score). */
export function LanguageMinimums({ items, onChange, errors }: { items: LanguageMinimum[]; onChange: (items: LanguageMinimum[]) => void; errors: FieldErrors }) {
  const { t } = useI18n();
  return (
    <>
      <ListSection
        legend={t('languageMinimums')}
        items={items}
        onChange={onChange}
        itemLabel={(l) => l.tag}
        add={(push) => (
          <button type="button" onClick={() => push({ tag: 'es', level: 'B1', hard: true })}>
            {t('addLanguageMinimum')}
          </button>
        )}
        fields={(l, set, name) => (
          <>
            <LanguageLevelFields item={l} set={set} name={name} levelLabel={t('minimumLevel')} />
            <select aria-label={`${t('minimumKind')} (${name})`} value={l.hard ? 'hard' : 'soft'} onChange={(e) => set({ ...l, hard: e.target.value === 'hard' })}>
              <option value="hard">{t('minimum_hard')}</option>
              <option value="soft">{t('minimum_soft')}</option>
            </select>
          </>
        )}
      />
      <p className="muted">{t('minimumKindHint')}</p>
      <FieldError id="o-languageMinimums-error" errors={errors} paths={['languageMinimums']} />
    </>
  );
}
