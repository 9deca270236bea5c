import { useState } from 'react';
import type { components } from '../../../../docs/openapi/profile-service';
import { untilReady } from '../api/until-ready';
import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { OptionCard } from '../components/option-card';
import { PathwayView } from '../components/pathway-view';
import { WhatIfPanel } from '../components/what-if-panel';
import { WhyNotList } from '../components/why-not-list';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../use-load';

type Kind = components['schemas']['Recommendation']['kind'];
const KINDS: Kind[] = ['job', 'apprenticeship', 'training'];

/** A person's ranked, explained options (GET /profiles/:id/recommendations) and the "why not" list. */
export function PersonOptionsPage({ id }: { id: string }) {
  const { clients } = useApp();
  const { t, language, date } = useI18n();
  const [kinds, setKinds] = useState<Kind[]>(KINDS);
  const [showExcluded, setShowExcluded] = useState(false);
  const profile = useLoad(() => clients.profiles.GET('/profiles/{id}', { params: { path: { id } } }), [id]);
  const recommendations = useLoad(
    () =>
      untilReady(() =>
        clients.profiles.GET('/profiles/{id}/recommendations', {
          params: { path: { id }, query: { kind: kinds.join(','), explain: 'true', limit: 10, ...(showExcluded ? { excluded: 'true', excludedLimit: 10 } : {}) } },
        }),
      ),
    [id, kinds.join(','), showExcluded, language],
  );
  const page = recommendations.data && 'items' in recommendations.data ? recommendations.data : undefined;
  const name = profile.data?.personal?.displayName ?? id.slice(0, 8);

  return (
    <section aria-labelledby="options-title">
      <p>
        <a href="#/people">← {t('back')}</a>
      </p>
      <h1 id="options-title">{t('optionsTitle', { name })}</h1>
      <p>
        <a href={`#/people/${id}/edit`}>{t('editProfileLink')}</a> · <a href={`#/people/${id}/restricted`}>{t('restrictedLink')}</a>
      </p>
      <fieldset className="inline">
        <legend>{t('kind')}</legend>
        {KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={kinds.includes(k)}
              onChange={(e) => setKinds((now) => (e.target.checked ? KINDS.filter((x) => x === k || now.includes(x)) : now.filter((x) => x !== k)))}
              disabled={kinds.length === 1 && kinds.includes(k)}
            />{' '}
            {t(`kind_${k}`)}
          </label>
        ))}
      </fieldset>
      <ErrorNote error={recommendations.error ?? profile.error} />
      {recommendations.loading && <p aria-live="polite">{t('computing')}</p>}
      {page && <p className="muted">{t('computedAt', { date: date(page.computedAt) })}</p>}
      <ol className="cards">
        {page?.items.map((item) => (
          <OptionCard key={item.opportunityId} item={item} profileId={id} />
        ))}
      </ol>
      {page && <PathwayView items={page.items} />}
      {profile.data && page && <WhatIfPanel profile={profile.data} current={page.items} />}
      <h2>{t('whyNot')}</h2>
      <label>
        <input type="checkbox" checked={showExcluded} onChange={(e) => setShowExcluded(e.target.checked)} /> {t('showWhyNot')}
      </label>
      {page?.accounting && page.excluded && <WhyNotList accounting={page.accounting} excluded={page.excluded} />}
    </section>
  );
}
