import { useEffect, useState, type FormEvent } from 'react';
import type { components } from '../../../../docs/openapi/vacancy-service';
import { fieldErrorsOf } from '../api/field-errors';
import { useApp } from '../app-context';
import { Choice } from '../components/choice';
import { ErrorNote } from '../components/error-note';
import { FieldError, fieldProps } from '../components/field-error';
import { WeekPicker } from '../components/week-picker';
import { useI18n } from '../i18n/i18n-context';
import { createBodyOf, emptyOpportunity, opportunityDraftOf, patchOf, SUPPORT_FLAGS, type Field, type OpportunityDraft } from '../opportunity-form/opportunity-draft';
import { PayFields } from '../opportunity-form/pay-fields';
import { LanguageMinimums, OccupationFields } from '../opportunity-form/requirement-fields';
import { SkillNeeds } from '../opportunity-form/skill-needs';

type Opportunity = components['schemas']['Opportunity'];
const KINDS = ['job', 'apprenticeship', 'training'] as const;
const STATUSES = ['open', 'draft', 'closed'] as const;
const MODES = ['on_site', 'hybrid', 'remote', 'home_based'] as const;
/** Every error path a field of this form shows; other details stay in the note at the end. */
const SHOWN = ['kind', 'status', 'title', 'description', 'location', 'mode', 'capacity', 'hoursPerWeek', 'startDate', 'applicationDeadline', 'schedule', 'supports.pay', 'essentialSkills', 'optionalSkills', 'skillsConferred', 'occupation', 'sector', 'languageMinimums'];

/** Post (`id` absent) or edit an opportunity: POST /opportunities, or PATCH /opportunities/:id of the changed fields with its version. */
export function OpportunityEditPage({ id }: { id?: string }) {
  const { clients } = useApp();
  const { t } = useI18n();
  const [draft, setDraft] = useState<OpportunityDraft>(() => emptyOpportunity());
  const [before, setBefore] = useState<Opportunity | null>(null);
  const [changed, setChanged] = useState<Set<Field>>(new Set());
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    if (!id) return;
    void clients.vacancies.GET('/opportunities/{id}', { params: { path: { id } } }).then(({ data, error }) => {
      if (error) setError(error);
      if (data) {
        setBefore(data);
        setDraft(opportunityDraftOf(data));
      }
    });
  }, [id, clients]);

  function change<K extends keyof OpportunityDraft>(key: K, value: OpportunityDraft[K]) {
    const field: Field = key === 'regionCode' ? 'location' : key === 'pay' ? 'supports' : (key as Field);
    setDraft((d) => ({ ...d, [key]: value }));
    setChanged((s) => new Set(s).add(field));
    setSaved(false);
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (!id) {
      const { data, error } = await clients.vacancies.POST('/opportunities', { body: createBodyOf(draft) });
      if (error) return setError(error);
      if (data) location.hash = '#/opportunities';
      return;
    }
    if (!before) return;
    const { data, error } = await clients.vacancies.PATCH('/opportunities/{id}', { params: { path: { id } }, body: patchOf(draft, changed, before) });
    if (error) return setError(error);
    if (data) {
      setBefore(data);
      setChanged(new Set());
      setSaved(true);
    }
  }

  const errors = fieldErrorsOf(error);
  const field = (name: string, paths = [name]) => ({ err: <FieldError id={`o-${name}-error`} errors={errors} paths={paths} />, props: fieldProps(`o-${name}-error`, errors, paths) });
  const title = field('title');
  const region = field('location');
  const capacity = field('capacity');
  const hours = field('hoursPerWeek');
  const start = field('startDate');
  const deadline = field('applicationDeadline');
  const rest = error ? errors.rest(SHOWN) : [];

  // Editing: no form until the stored opportunity is in it (what was typed before would be overwritten
  // by the load, and a save would carry no version).
  if (id && before === null) return error ? <ErrorNote error={error} /> : <p aria-live="polite">{t('loading')}</p>;

  return (
    <form className="profile-form" onSubmit={save} aria-labelledby="opportunity-title">
      <p>
        <a href="#/opportunities">← {t('back')}</a>
      </p>
      <h1 id="opportunity-title">{id ? t('editOpportunity') : t('newOpportunity')}</h1>

      <fieldset className="grid">
        <legend>{t('opportunitiesTitle')}</legend>
        {id ? (
          <p>
            {t('kind')}: {t(`kind_${draft.kind}`)}
          </p>
        ) : (
          <Choice id="o-kind" label={t('kind')} value={draft.kind} options={KINDS} prefix="kind_" onChange={(v) => change('kind', v)} />
        )}
        <label htmlFor="o-title">{t('title')}</label>
        <input id="o-title" required value={draft.title} onChange={(e) => change('title', e.target.value)} {...title.props} />
        {title.err}
        <label htmlFor="o-description">{t('description')}</label>
        <textarea id="o-description" rows={3} value={draft.description} onChange={(e) => change('description', e.target.value)} />
        <Choice id="o-status" label={t('settableStatus')} value={draft.status} options={STATUSES} prefix="opportunity_" onChange={(v) => change('status', v)} />
        <Choice id="o-mode" label={t('workMode')} value={draft.mode} options={MODES} prefix="workMode_" onChange={(v) => change('mode', v)} />
        <label htmlFor="o-region">{t('regionCode')}</label>
        <input id="o-region" value={draft.regionCode} onChange={(e) => change('regionCode', e.target.value)} {...region.props} />
        {region.err}
        <label htmlFor="o-capacity">{t('capacity')}</label>
        <input id="o-capacity" type="number" min={1} required value={draft.capacity} onChange={(e) => change('capacity', Number(e.target.value))} {...capacity.props} />
        {capacity.err}
        <label htmlFor="o-hours">{t('hoursPerWeek')}</label>
        <input id="o-hours" type="number" min={0} max={80} value={draft.hoursPerWeek} onChange={(e) => change('hoursPerWeek', e.target.value)} {...hours.props} />
        {hours.err}
        <label htmlFor="o-start">{t('startDate')}</label>
        <input id="o-start" type="date" value={draft.startDate} onChange={(e) => change('startDate', e.target.value)} {...start.props} />
        {start.err}
        <label htmlFor="o-deadline">{t('applicationDeadline')}</label>
        <input id="o-deadline" type="date" value={draft.applicationDeadline} onChange={(e) => change('applicationDeadline', e.target.value)} {...deadline.props} />
        {deadline.err}
      </fieldset>

      <OccupationFields occupation={draft.occupation} sector={draft.sector} onOccupation={(o) => change('occupation', o)} onSector={(v) => change('sector', v)} errors={errors} />

      <WeekPicker legend={t('opportunitySchedule')} value={draft.schedule} onChange={(w) => change('schedule', w)} />
      <FieldError id="o-schedule-error" errors={errors} paths={['schedule']} />

      <fieldset>
        <legend>{t('supports')}</legend>
        {SUPPORT_FLAGS.map((f) => (
          <label key={f} className="check">
            <input type="checkbox" checked={draft.supports[f]} onChange={(e) => change('supports', { ...draft.supports, [f]: e.target.checked })} /> {t(`support_${f}`)}
          </label>
        ))}
        <PayFields pay={draft.pay} onChange={(p) => change('pay', p)} errors={errors} />
      </fieldset>

      <SkillNeeds legend={t('essentialSkills')} addLabel={t('addEssentialSkill')} items={draft.essentialSkills} onChange={(v) => change('essentialSkills', v)} errors={errors} path="essentialSkills" />
      <SkillNeeds legend={t('optionalSkills')} addLabel={t('addOptionalSkill')} items={draft.optionalSkills} onChange={(v) => change('optionalSkills', v)} errors={errors} path="optionalSkills" />
      <LanguageMinimums items={draft.languageMinimums} onChange={(v) => change('languageMinimums', v)} errors={errors} />
      {draft.kind !== 'job' && <SkillNeeds legend={t('skillsConferred')} addLabel={t('addConferredSkill')} items={draft.skillsConferred} onChange={(v) => change('skillsConferred', v)} errors={errors} path="skillsConferred" />}

      {rest.length > 0 && (
        <div role="alert" className="error">
          <p>{errors.of(SHOWN).length > 0 ? `${rest[0].replace(/\.?$/, '.')} ${t('fixFields')}` : rest[0]}</p>
          {rest.length > 1 && (
            <ul>
              {rest.slice(1).map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {saved && (
        <p role="status" className="ok">
          {t('opportunitySaved')}
        </p>
      )}
      <button type="submit">{t('save')}</button>
    </form>
  );
}
