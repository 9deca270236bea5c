import { useEffect, useState, type FormEvent } from 'react';
import type { components } from '../../../../docs/openapi/profile-service';
import { fieldErrorsOf } from '../api/field-errors';
import { useApp } from '../app-context';
import { Choice, OptionalChoice } from '../components/choice';
import { FieldError, fieldProps } from '../components/field-error';
import { useI18n } from '../i18n/i18n-context';

type Input = components['schemas']['RestrictedRecordInput'];
type Record_ = components['schemas']['RestrictedRecord'];
const KINDS = ['citizen', 'permanent_resident', 'temporary_resident', 'refugee', 'asylum_seeker', 'humanitarian_visa', 'irregular', 'pending', 'other'] as const;
const GENDERS = ['female', 'male', 'non_binary', 'other', 'undisclosed'] as const;

/** The record as the form holds it: '' for a field left out (a PUT clears what it does not name). */
type Draft = { authorisationKind: Input['authorisationKind']; allowsWork: string; allowsTraining: string; expiresOn: string; nationality: string; gender: string; dateOfBirth: string; notes: string };
const EMPTY: Draft = { authorisationKind: 'pending', allowsWork: '', allowsTraining: '', expiresOn: '', nationality: '', gender: '', dateOfBirth: '', notes: '' };

const draftOf = (r: Record_): Draft => ({
  authorisationKind: r.authorisationKind,
  allowsWork: r.allowsWork === null ? '' : String(r.allowsWork),
  allowsTraining: r.allowsTraining === null ? '' : String(r.allowsTraining),
  expiresOn: r.expiresOn ?? '',
  nationality: r.nationality ?? '',
  gender: r.gender ?? '',
  dateOfBirth: r.dateOfBirth ?? '',
  notes: r.notes ?? '',
});

function bodyOf(d: Draft): Input {
  const body: Input = { authorisationKind: d.authorisationKind };
  if (d.allowsWork) body.allowsWork = d.allowsWork === 'true';
  if (d.allowsTraining) body.allowsTraining = d.allowsTraining === 'true';
  if (d.expiresOn) body.expiresOn = d.expiresOn;
  if (d.nationality.trim()) body.nationality = d.nationality.trim().toUpperCase();
  if (d.gender) body.gender = d.gender as Input['gender'];
  if (d.dateOfBirth) body.dateOfBirth = d.dateOfBirth;
  if (d.notes.trim()) body.notes = d.notes.trim();
  return body;
}

/**
 * GET / PUT /profiles/:id/restricted on a page of its own, so that opening a person's options never reads
 * (and audits) her legal situation; the note says that every read and change here is audited.
 */
export function RestrictedRecordPage({ id }: { id: string }) {
  const { clients } = useApp();
  const { t } = useI18n();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [name, setName] = useState(id.slice(0, 8));
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    void clients.profiles.GET('/profiles/{id}', { params: { path: { id } } }).then(({ data }) => {
      const shown = data?.personal?.displayName;
      if (shown) setName(shown);
    });
    void clients.profiles.GET('/profiles/{id}/restricted', { params: { path: { id } } }).then(({ data, error, response }) => {
      if (data) setDraft(draftOf(data));
      else if (response.status === 404) setMissing(true);
      else setError(error);
    });
  }, [id, clients]);

  const set = (key: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const { data, error } = await clients.profiles.PUT('/profiles/{id}/restricted', { params: { path: { id } }, body: bodyOf(draft) });
    if (error) return setError(error);
    if (data) {
      setDraft(draftOf(data));
      setMissing(false);
      setSaved(true);
    }
  }

  const errors = fieldErrorsOf(error);
  const text = (key: keyof Draft, label: string, type = 'text') => (
    <>
      <label htmlFor={`r-${key}`}>{label}</label>
      <input id={`r-${key}`} type={type} value={draft[key]} onChange={(e) => set(key, e.target.value)} {...fieldProps(`r-${key}-error`, errors, [key])} />
      <FieldError id={`r-${key}-error`} errors={errors} paths={[key]} />
    </>
  );
  const yesNo = (key: 'allowsWork' | 'allowsTraining') => (
    <>
      <label htmlFor={`r-${key}`}>{t(key)}</label>
      <select id={`r-${key}`} value={draft[key]} onChange={(e) => set(key, e.target.value)}>
        <option value="">{t('byKind')}</option>
        <option value="true">{t('yes')}</option>
        <option value="false">{t('no')}</option>
      </select>
    </>
  );
  const rest = error ? errors.rest(Object.keys(EMPTY)) : [];

  return (
    <form className="profile-form" onSubmit={save} aria-labelledby="restricted-title">
      <p>
        <a href={`#/people/${id}`}>← {t('back')}</a>
      </p>
      <h1 id="restricted-title">{t('restrictedTitle', { name })}</h1>
      <p className="audit-note" role="note">
        {t('auditNote')}
      </p>
      {missing && <p className="muted">{t('noRestricted')}</p>}
      <fieldset className="grid">
        <legend>{t('restrictedLink')}</legend>
        <Choice id="r-authorisationKind" label={t('authorisationKind')} value={draft.authorisationKind} options={KINDS} prefix="auth_" onChange={(v) => set('authorisationKind', v)} />
        {yesNo('allowsWork')}
        {yesNo('allowsTraining')}
        {text('expiresOn', t('expiresOn'), 'date')}
        {text('nationality', t('nationality'))}
        <OptionalChoice id="r-gender" label={t('gender')} value={draft.gender as (typeof GENDERS)[number] | ''} options={GENDERS} prefix="gender_" empty={t('notRecorded')} onChange={(g) => set('gender', g)} />
        {text('dateOfBirth', t('dateOfBirth'), 'date')}
        <label htmlFor="r-notes">{t('notes')}</label>
        <textarea id="r-notes" rows={3} value={draft.notes} onChange={(e) => set('notes', e.target.value)} />
      </fieldset>
      {rest.length > 0 && (
        <div role="alert" className="error">
          {rest.map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      )}
      {saved && (
        <p role="status" className="ok">
          {t('restrictedSaved')}
        </p>
      )}
      <button type="submit">{t('save')}</button>
    </form>
  );
}
