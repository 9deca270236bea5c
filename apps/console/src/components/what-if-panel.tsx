import { useState, type FormEvent } from 'react';
import type { components } from '../../../../docs/openapi/profile-service';
import { useApp } from '../app-context';
import { OptionalChoice } from './choice';
import { EscoAutocomplete, type Concept } from './esco-autocomplete';
import { ErrorNote } from './error-note';
import { useI18n } from '../i18n/i18n-context';
import { bodyOf, draftOf } from '../profile-form/profile-draft';

type Profile = components['schemas']['Profile'];
type Recommendation = components['schemas']['Recommendation'];
type MatchRequest = components['schemas']['MatchRequest'];
type CreateMatchRequest = components['schemas']['CreateMatchRequest'];
const COMPONENTS = ['skills', 'experience', 'language', 'credentials', 'logistics', 'completion', 'aspiration', 'demand'] as const;
const AUTHORISATIONS = ['citizen', 'permanent_resident', 'temporary_resident', 'refugee', 'asylum_seeker', 'humanitarian_visa', 'irregular', 'pending', 'other'] as const;

/**
 * "What if?" (POST /match-requests, then GET /match-requests/:id until done): the person ranked with other
 * component weights, or a draft of her profile with trial changes (a longer commute, one more skill, an
 * assumed legal situation). Nothing is stored; the list shows where each option stands now.
 */
export function WhatIfPanel({ profile, current }: { profile: Profile; current: Recommendation[] }) {
  const { clients } = useApp();
  const { t, number, percent } = useI18n();
  const [weights, setWeights] = useState<Record<string, string>>({});
  const [commute, setCommute] = useState('');
  const [skill, setSkill] = useState<Concept | null>(null);
  const [authorisation, setAuthorisation] = useState<(typeof AUTHORISATIONS)[number] | ''>('');
  const [result, setResult] = useState<MatchRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  function requestBody(): CreateMatchRequest {
    const w = Object.fromEntries(Object.entries(weights).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, Number(v)]));
    const custom = Object.keys(w).length ? { weights: w } : {};
    if (!commute && !skill && !authorisation) return { profileId: profile.id, ...custom };
    // A draft is the stored profile as the editor reads it (availability rounded to its blocks), changed.
    const d = draftOf(profile);
    if (commute) d.transport = { ...d.transport, maxCommuteMinutes: Number(commute) };
    if (skill) d.skills = [...d.skills, { concept: skill.uri, label: skill.label, level: 'intermediate', evidence: 'self_declared' }];
    const { personal: _contact, ...draft } = bodyOf(d, new Date().toISOString().slice(0, 10));
    // The stored location with its point (the editor keeps only the region): commutes need coordinates.
    if (profile.location) draft.location = profile.location;
    return { profileDraft: draft, ...(authorisation ? { authorisation: { kind: authorisation, allowsWork: null, allowsTraining: null, expiresOn: null } } : {}), ...custom };
  }

  async function run(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      const accepted = await clients.profiles.POST('/match-requests', { body: requestBody() });
      if (accepted.error || !accepted.data) return setError(accepted.error);
      const id = accepted.data.id;
      for (let i = 0; i < 60; i++) {
        const { data, error } = await clients.profiles.GET('/match-requests/{id}', { params: { path: { id } } });
        if (error) return setError(error);
        if (data && data.state !== 'queued') return setResult(data);
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      setBusy(false);
    }
  }

  const total = Object.values(result?.weights ?? {}).reduce((a, b) => a + b, 0) || 1;
  const rankNow = (id: string) => current.findIndex((c) => c.opportunityId === id);
  return (
    <details className="what-if">
      <summary>{t('whatIf')}</summary>
      <form onSubmit={run}>
        <p className="muted">{t('whatIfHelp')}</p>
        <fieldset className="grid">
          <legend>{t('weights')}</legend>
          {COMPONENTS.map((c) => (
            <label key={c}>
              {t(`component_${c}`)}
              <input type="number" min={0} max={100} placeholder={t('weightDefault')} value={weights[c] ?? ''} onChange={(e) => setWeights((w) => ({ ...w, [c]: e.target.value }))} />
            </label>
          ))}
        </fieldset>
        <fieldset className="grid">
          <legend>{t('draftChanges')}</legend>
          <label htmlFor="w-commute">{t('draftCommute')}</label>
          <input id="w-commute" type="number" min={0} max={240} value={commute} onChange={(e) => setCommute(e.target.value)} />
          <OptionalChoice id="w-auth" label={t('draftAuthorisation')} value={authorisation} options={AUTHORISATIONS} prefix="auth_" empty={t('draftAuthorisationNone')} onChange={setAuthorisation} />
        </fieldset>
        <EscoAutocomplete kind="skills" label={t('draftSkill')} onPick={setSkill} />
        {skill && <p className="entry-name">{skill.label}</p>}
        <button type="submit" disabled={busy}>
          {t('runWhatIf')}
        </button>
        {busy && <p aria-live="polite">{t('computing')}</p>}
        <ErrorNote error={error ?? (result?.state === 'failed' ? result.error : null)} />
      </form>
      {result?.state === 'done' && (
        <div role="status">
          <p>{t('whatIfResult', { n: number(result.items.length) })}</p>
          {result.incomplete.length > 0 && <p className="muted">{t('whatIfIncomplete', { sections: result.incomplete.join(', ') })}</p>}
          <ol className="what-if-results">
            {result.items.map((item) => {
              const now = rankNow(item.opportunityId);
              return (
                <li key={item.opportunityId}>
                  {item.title} — {number(item.score)} <span className="muted">({now >= 0 ? t('rankNow', { rank: now + 1 }) : t('rankNew')})</span>
                </li>
              );
            })}
          </ol>
          <p className="muted">
            {/* As shares of their sum: the service returns the defaults and the caller's relative weights merged, not rescaled. */}
            {t('weightsUsed')}: {Object.entries(result.weights).map(([k, v]) => `${t(`component_${k}`)} ${percent(v / total)}`).join(' · ')}
          </p>
        </div>
      )}
    </details>
  );
}
