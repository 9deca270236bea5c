import { EscoAutocomplete } from '../components/esco-autocomplete';
import { useI18n } from '../i18n/i18n-context';
import { ListSection } from './list-section';
import type { Aspirations, DigitalAccess, ProfileDraft, Section } from './profile-draft';

const DEVICES = ['none', 'shared', 'smartphone', 'tablet', 'computer'] as const;
const CONNECTIVITY = ['none', 'limited', 'mobile_data', 'broadband'] as const;
const PATHWAYS = ['job', 'apprenticeship', 'training', 'self_employment'] as const;
type Change = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K], section: Section) => void;

/**
 * The sections the matching reads beyond skills and time: digital access (online trainings need a
 * device and a connection), limited mobility, income during training, the earliest start, aspirations.
 * Each may be "not recorded", which the matching treats as unknown rather than as "no".
 */
export function SituationFields({ draft, change }: { draft: ProfileDraft; change: Change }) {
  const { t } = useI18n();
  const access = draft.digitalAccess;
  const setAccess = (next: Partial<DigitalAccess> | null) => change('digitalAccess', next === null ? null : { device: 'smartphone', connectivity: 'mobile_data', ...access, ...next }, 'digitalAccess');
  const asp = draft.aspirations;
  const setAsp = (next: Aspirations) => change('aspirations', next, 'aspirations');
  const sectors = (v: string) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
  return (
    <>
      <fieldset className="grid">
        <legend>{t('situation')}</legend>
        <label htmlFor="p-device">{t('device')}</label>
        <select id="p-device" value={access?.device ?? ''} onChange={(e) => setAccess(e.target.value ? { device: e.target.value as DigitalAccess['device'] } : null)}>
          <option value="">{t('notRecorded')}</option>
          {DEVICES.map((d) => (
            <option key={d} value={d}>
              {t(`device_${d}`)}
            </option>
          ))}
        </select>
        <label htmlFor="p-connectivity">{t('connectivity')}</label>
        <select id="p-connectivity" value={access?.connectivity ?? ''} disabled={!access} onChange={(e) => setAccess({ connectivity: e.target.value as DigitalAccess['connectivity'] })}>
          {!access && <option value="">{t('notRecorded')}</option>}
          {CONNECTIVITY.map((c) => (
            <option key={c} value={c}>
              {t(`connectivity_${c}`)}
            </option>
          ))}
        </select>
        <YesNo id="p-mobility" label={t('limitedMobility')} value={draft.limitedMobility} onChange={(v) => change('limitedMobility', v, 'limitedMobility')} />
        <YesNo id="p-income" label={t('needsIncome')} value={draft.needsIncomeDuringTraining} onChange={(v) => change('needsIncomeDuringTraining', v, 'needsIncomeDuringTraining')} />
        <label htmlFor="p-start">{t('earliestStart')}</label>
        <input id="p-start" type="date" value={draft.earliestStart} onChange={(e) => change('earliestStart', e.target.value, 'earliestStart')} />
      </fieldset>

      <fieldset className="grid">
        <legend>{t('aspirations')}</legend>
        <label htmlFor="p-pathway">{t('preferredPathway')}</label>
        <select id="p-pathway" value={asp.preferredPathway ?? ''} onChange={(e) => setAsp({ ...asp, preferredPathway: (e.target.value || undefined) as Aspirations['preferredPathway'] })}>
          <option value="">{t('notRecorded')}</option>
          {PATHWAYS.map((p) => (
            <option key={p} value={p}>
              {t(`pathway_${p}`)}
            </option>
          ))}
        </select>
        <label htmlFor="p-sectors">{t('preferredSectors')}</label>
        <input id="p-sectors" value={(asp.preferredSectors ?? []).join(', ')} onChange={(e) => setAsp({ ...asp, preferredSectors: sectors(e.target.value) })} />
        <label htmlFor="p-excluded">{t('excludedSectors')}</label>
        <input id="p-excluded" value={(asp.excludedSectors ?? []).join(', ')} onChange={(e) => setAsp({ ...asp, excludedSectors: sectors(e.target.value) })} />
      </fieldset>
      <ListSection
        legend={t('preferredOccupations')}
        items={asp.preferredOccupations ?? []}
        onChange={(v) => setAsp({ ...asp, preferredOccupations: v })}
        itemLabel={(o) => o.label ?? o.occupation ?? o.iscoCode ?? ''}
        fields={() => null}
        add={(push) => <EscoAutocomplete kind="occupations" label={t('addPreferredOccupation')} onPick={(c) => push({ occupation: c.uri, label: c.label })} />}
      />
    </>
  );
}

/** Yes / no / not recorded (null). */
function YesNo({ id, label, value, onChange }: { id: string; label: string; value: boolean | null; onChange: (v: boolean | null) => void }) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === null ? '' : String(value)} onChange={(e) => onChange(e.target.value === '' ? null : e.target.value === 'true')}>
        <option value="">{t('notRecorded')}</option>
        <option value="true">{t('yes')}</option>
        <option value="false">{t('no')}</option>
      </select>
    </>
  );
}
