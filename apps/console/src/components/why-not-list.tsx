import type { components } from '../../../../docs/openapi/profile-service';
import { useI18n } from '../i18n/i18n-context';

type Recommendations = components['schemas']['Recommendations'];

/** The accounting (open = eligible + excluded, per reason) and the excluded options, nearest first, each with its typed reasons. */
export function WhyNotList({ accounting, excluded }: { accounting: NonNullable<Recommendations['accounting']>; excluded: NonNullable<Recommendations['excluded']> }) {
  const { t, number } = useI18n();
  return (
    <div className="why-not">
      <p>{t('accounting', { open: number(accounting.open), eligible: number(accounting.eligible), excluded: number(accounting.excluded) })}</p>
      <ul className="reason-counts">
        {Object.entries(accounting.byReason).map(([code, n]) => (
          <li key={code}>
            <span title={code}>{t(`reason_${code}`)}</span>: {number(n)}
          </li>
        ))}
      </ul>
      <ul className="cards">
        {excluded.map((x) => (
          <li key={x.opportunityId} className="card excluded">
            <h3>{x.title}</h3>
            <p>
              <span className={`tag kind-${x.kind}`}>{t(`kind_${x.kind}`)}</span> {x.minutes !== null && t('commute', { minutes: number(x.minutes) })}
            </p>
            <p className="codes">
              {x.reasons.map((r, i) => (
                <span key={i} className="tag reason" title={r.code}>
                  {t(`reason_${r.code}`)}
                </span>
              ))}
            </p>
            <ul>
              {x.explanation.map((line, i) => (
                <li key={i}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
