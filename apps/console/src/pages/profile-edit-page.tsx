import { useEffect, useState, type FormEvent } from 'react';
import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { EscoAutocomplete } from '../components/esco-autocomplete';
import { WeekPicker } from '../components/week-picker';
import { useI18n } from '../i18n/i18n-context';
import { bodyOf, draftOf, patchOf, emptyDraft, type ConsentScope, type ProfileDraft, type Section, type TransportMode } from '../profile-form/profile-draft';
import { ListSection } from '../profile-form/list-section';
import { SituationFields } from '../profile-form/situation-fields';
import { LanguageLevelFields } from '../components/language-level-fields';

const LEVELS = ['basic', 'intermediate', 'advanced'] as const;
const EVIDENCE = ['self_declared', 'assessed', 'certified'] as const;
const RECOGNITION = ['recognised', 'in_progress', 'not_recognised', 'undocumented'] as const;
const MODES: TransportMode[] = ['walk', 'bicycle', 'public_transport', 'car', 'motorbike'];
const SCOPES: ConsentScope[] = ['matching', 'visible_to_employers', 'shared_with_training_providers'];

/** Create (`id` absent) or edit a profile: POST /profiles, or PATCH /profiles/:id of the changed sections with If-Match. */
export function ProfileEditPage({ id }: { id?: string }) {
  const { clients } = useApp();
  const { t } = useI18n();
  const [draft, setDraft] = useState<ProfileDraft>(emptyDraft);
  const [version, setVersion] = useState<number | null>(null);
  const [dirty, setDirty] = useState<Set<Section>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!id) return;
    void clients.profiles.GET('/profiles/{id}', { params: { path: { id } } }).then(({ data, error }) => {
      if (error) setError(error);
      if (data) {
        setDraft(draftOf(data));
        setVersion(data.version);
      }
    });
  }, [id, clients]);

  function change<K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K], section: Section) {
    setDraft((d) => ({ ...d, [key]: value }));
    setDirty((s) => new Set(s).add(section));
    setSaved(false);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const today = new Date().toISOString().slice(0, 10);
    if (!id) {
      const { data, error } = await clients.profiles.POST('/profiles', { body: bodyOf(draft, today) });
      if (error) return setError(error);
      if (data) location.hash = `#/people/${data.id}`;
      return;
    }
    const { data, error } = await clients.profiles.PATCH('/profiles/{id}', {
      params: { path: { id }, header: { 'If-Match': `"${version}"` } },
      body: patchOf(draft, today, dirty),
    });
    if (error) return setError(error);
    if (data) {
      setVersion(data.version);
      setDirty(new Set());
      setSaved(true);
    }
  }

  // Editing: no form until the stored profile is in it (what was typed before would be overwritten by
  // the load, and a save would carry no version).
  if (id && version === null) return error ? <ErrorNote error={error} /> : <p aria-live="polite">{t('loading')}</p>;

  return (
    <form className="profile-form" onSubmit={save} aria-labelledby="profile-title">
      <p>
        <a href={id ? `#/people/${id}` : '#/people'}>← {t('back')}</a>
      </p>
      <h1 id="profile-title">{id ? t('editProfile') : t('newProfile')}</h1>

      <fieldset className="grid">
        <legend>{t('personal')}</legend>
        <label htmlFor="p-name">{t('name')}</label>
        <input id="p-name" required value={draft.displayName} onChange={(e) => change('displayName', e.target.value, 'personal')} />
        <label htmlFor="p-phone">{t('phone')}</label>
        <input id="p-phone" type="tel" value={draft.phone} onChange={(e) => change('phone', e.target.value, 'personal')} />
        <label htmlFor="p-email">{t('email')}</label>
        <input id="p-email" type="email" value={draft.email} onChange={(e) => change('email', e.target.value, 'personal')} />
        <label htmlFor="p-region">{t('regionCode')}</label>
        <input id="p-region" required value={draft.regionCode} onChange={(e) => change('regionCode', e.target.value, 'location')} />
      </fieldset>

      <ListSection
        legend={t('skills')}
        items={draft.skills}
        onChange={(v) => change('skills', v, 'skills')}
        itemLabel={(s) => s.label ?? s.concept ?? ''}
        add={(push) => <EscoAutocomplete kind="skills" label={t('addSkill')} onPick={(c) => push({ concept: c.uri, label: c.label, level: 'intermediate', evidence: 'self_declared' })} />}
        fields={(s, set, name) => (
          <>
            <Select label={`${t('level')} (${name})`} value={s.level} options={LEVELS} prefix="level_" onChange={(level) => set({ ...s, level })} />
            <Select label={`${t('evidence')} (${name})`} value={s.evidence} options={EVIDENCE} prefix="evidence_" onChange={(evidence) => set({ ...s, evidence })} />
          </>
        )}
      />

      <ListSection
        legend={t('experience')}
        items={draft.experience}
        onChange={(v) => change('experience', v, 'experience')}
        itemLabel={(x) => x.label ?? x.occupation ?? ''}
        add={(push) => <EscoAutocomplete kind="occupations" label={t('addOccupation')} onPick={(c) => push({ occupation: c.uri, label: c.label, months: 12, formality: 'informal' })} />}
        fields={(x, set, name) => (
          <>
            <label>
              {t('months')} <span className="visually-hidden">({name})</span>
              <input type="number" min={0} max={720} value={x.months} onChange={(e) => set({ ...x, months: Number(e.target.value) })} />
            </label>
            <Select label={`${t('formality')} (${name})`} value={x.formality} options={['formal', 'informal'] as const} prefix="formality_" onChange={(formality) => set({ ...x, formality })} />
          </>
        )}
      />

      <ListSection
        legend={t('languages')}
        items={draft.languages}
        onChange={(v) => change('languages', v, 'languages')}
        itemLabel={(l) => l.tag}
        add={(push) => (
          <button type="button" onClick={() => push({ tag: 'en', level: 'A1' })}>
            {t('addLanguage')}
          </button>
        )}
        fields={(l, set, name) => (
          <>
            <LanguageLevelFields item={l} set={set} name={name} levelLabel="CEFR" />
          </>
        )}
      />

      <ListSection
        legend={t('qualifications')}
        items={draft.qualifications}
        onChange={(v) => change('qualifications', v, 'qualifications')}
        itemLabel={(q) => q.title}
        add={(push) => (
          <button type="button" onClick={() => push({ title: t('newQualification'), eqf: 3, recognition: 'not_recognised' })}>
            {t('addQualification')}
          </button>
        )}
        fields={(q, set, name) => (
          <>
            <label>
              {t('title')} <span className="visually-hidden">({name})</span>
              <input value={q.title} onChange={(e) => set({ ...q, title: e.target.value })} />
            </label>
            <label>
              EQF <span className="visually-hidden">({name})</span>
              <input type="number" min={1} max={8} value={q.eqf} onChange={(e) => set({ ...q, eqf: Number(e.target.value) })} />
            </label>
            <Select label={`${t('recognition')} (${name})`} value={q.recognition} options={RECOGNITION} prefix="recognition_" onChange={(recognition) => set({ ...q, recognition })} />
          </>
        )}
      />

      <fieldset>
        <legend>{t('transport')}</legend>
        {MODES.map((m) => (
          <label key={m} className="check">
            <input
              type="checkbox"
              checked={draft.transport.modes.includes(m)}
              onChange={(e) => change('transport', { ...draft.transport, modes: e.target.checked ? [...draft.transport.modes, m] : draft.transport.modes.filter((x) => x !== m) }, 'transport')}
            />{' '}
            {t(`mode_${m}`)}
          </label>
        ))}
        <label htmlFor="p-commute">{t('maxCommute')}</label>
        <input id="p-commute" type="number" min={0} max={240} value={draft.transport.maxCommuteMinutes} onChange={(e) => change('transport', { ...draft.transport, maxCommuteMinutes: Number(e.target.value) }, 'transport')} />
        <label className="check">
          <input type="checkbox" checked={draft.transport.canUseTransportAllowance} onChange={(e) => change('transport', { ...draft.transport, canUseTransportAllowance: e.target.checked }, 'transport')} />{' '}
          {t('transportAllowance')}
        </label>
      </fieldset>

      <WeekPicker legend={t('availability')} value={draft.availability} onChange={(w) => change('availability', w, 'availability')} />
      <WeekPicker legend={t('careDuties')} value={draft.careDuties} onChange={(w) => change('careDuties', w, 'careDuties')} />

      <SituationFields draft={draft} change={change} />

      <fieldset>
        <legend>{t('consent')}</legend>
        {SCOPES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={draft.consent.includes(s)} onChange={(e) => change('consent', e.target.checked ? [...draft.consent, s] : draft.consent.filter((x) => x !== s), 'consent')} />{' '}
            {t(`consent_${s}`)}
          </label>
        ))}
      </fieldset>

      <ErrorNote error={error} />
      {saved && (
        <p role="status" className="ok">
          {t('saved')}
        </p>
      )}
      <button type="submit">{t('save')}</button>
    </form>
  );
}

function Select<T extends string>({ label, value, options, prefix, onChange }: { label: string; value: T; options: readonly T[]; prefix?: string; onChange: (v: T) => void }) {
  const { t } = useI18n();
  return (
    <select aria-label={label} value={value} onChange={(e) => onChange(e.target.value as T)}>
      {options.map((o) => (
        <option key={o} value={o}>
          {prefix ? t(`${prefix}${o}`) : o}
        </option>
      ))}
    </select>
  );
}
