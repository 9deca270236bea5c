import { OptionalChoice } from '../components/choice';
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
        <OptionalChoice id="p-device" label={t('device')} value={access?.device ?? ''} options={DEVICES} prefix="device_" empty={t('notRecorded')} onChange={(device) => setAccess(device ? { device } : null)} />
        <OptionalChoice id="p-connectivity" label={t('connectivity')} value={access?.connectivity ?? ''} options={CONNECTIVITY} prefix="connectivity_" empty={access ? undefined : t('notRecorded')} disabled={!access} onChange={(connectivity) => connectivity && setAccess({ connectivity })} />
        <YesNo id="p-mobility" label={t('limitedMobility')} value={draft.limitedMobility} onChange={(v) => change('limitedMobility', v, 'limitedMobility')} />
        <YesNo id="p-income" label={t('needsIncome')} value={draft.needsIncomeDuringTraining} onChange={(v) => change('needsIncomeDuringTraining', v, 'needsIncomeDuringTraining')} />
        <label htmlFor="p-start">{t('earliestStart')}</label>
        <input id="p-start" type="date" value={draft.earliestStart} onChange={(e) => change('earliestStart', e.target.value, 'earliestStart')} />
      </fieldset>

      <fieldset className="grid">
        <legend>{t('aspirations')}</legend>
        <OptionalChoice id="p-pathway" label={t('preferredPathway')} value={asp.preferredPathway ?? ''} options={PATHWAYS} prefix="pathway_" empty={t('notRecorded')} onChange={(p) => setAsp({ ...asp, preferredPathway: p || undefined })} />
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
