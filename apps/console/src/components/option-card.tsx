import { useState } from 'react';
import type { components } from '../../../../docs/openapi/profile-service';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n-context';
import { ErrorNote } from './error-note';
import { ScoreBars } from './score-bars';

type Recommendation = components['schemas']['Recommendation'];

/** One ranked option: score, component bars, the reasons in words, and "refer" (POST /placements). */
export function OptionCard({ item, profileId }: { item: Recommendation; profileId: string }) {
  const { clients } = useApp();
  const { t, number } = useI18n();
  const [referred, setReferred] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const titleId = `option-${item.opportunityId}`;

  // A placement starts as `suggested` (the case manager's note); referring is its first step, and only a
  // referral shows the person's contact to the employer. The Idempotency-Key makes a double click one placement.
  async function refer() {
    setError(null);
    const created = await clients.vacancies.POST('/placements', {
      body: { opportunityId: item.opportunityId, profileId },
      params: { header: { 'Idempotency-Key': `refer-${profileId}-${item.opportunityId}` } },
    });
    if (created.error || !created.data) return setError(created.error);
    if (created.data.status === 'suggested') {
      const moved = await clients.vacancies.POST('/placements/{id}/transitions', { params: { path: { id: created.data.id } }, body: { to: 'referred' } });
      if (moved.error) return setError(moved.error);
    }
    setReferred(true);
  }

  return (
    <li className="card option" aria-labelledby={titleId} data-opportunity={item.opportunityId}>
      <div className="option-head">
        <h3 id={titleId}>{item.title}</h3>
        <span className={`tag kind-${item.kind}`}>{t(`kind_${item.kind}`)}</span>
        {item.waitingList && <span className="tag">{t('waitingList')}</span>}
        <span className="score" aria-label={`${t('score')} ${number(item.score)}`}>
          {number(item.score)}
        </span>
      </div>
      <ScoreBars components={item.components} />
      {item.pathway && item.pathway.unlockedOpportunityIds.length > 0 && <p className="muted">{t('pathway', { n: item.pathway.unlockedOpportunityIds.length })}</p>}
      {item.explanation && item.explanation.length > 0 && (
        <details>
          <summary>{t('reasons')}</summary>
          <ul>
            {item.explanation.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={refer} disabled={referred} aria-describedby={titleId}>
        {referred ? t('referred') : t('refer')}
      </button>
      <ErrorNote error={error} title={t('referFailed')} />
    </li>
  );
}
