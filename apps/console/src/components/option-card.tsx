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

  async function refer() {
    setError(null);
    const { error } = await clients.vacancies.POST('/placements', { body: { opportunityId: item.opportunityId, profileId } });
    if (error) setError(error);
    else setReferred(true);
  }

  return (
    <li className="card option" aria-labelledby={titleId}>
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
