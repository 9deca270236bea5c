import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../use-load';
import { ErrorNote } from './error-note';

/** An opportunity's programme figures for funders (GET /reports/opportunities/:id): totals, placement rate, steps. */
export function ProgrammeReport({ opportunityId, refreshKey }: { opportunityId: string; refreshKey: unknown }) {
  const { clients } = useApp();
  const { t, number, percent } = useI18n();
  const { data, error } = useLoad(() => clients.vacancies.GET('/reports/opportunities/{id}', { params: { path: { id: opportunityId } } }), [opportunityId, refreshKey]);
  if (error) return <ErrorNote error={error} />;
  if (!data) return null;
  const rate = data.placementRate.rate;
  return (
    <section aria-labelledby="report-title" className="panel">
      <h2 id="report-title">{t('report')}</h2>
      <p>{t('reportTotal', { total: number(data.total), placed: number(data.placementRate.numerator), of: number(data.placementRate.denominator), rate: rate === null ? '—' : percent(rate) })}</p>
      <p className="codes" aria-label={t('byStatus')}>
        {Object.entries(data.byStatus)
          .filter(([, n]) => n > 0)
          .map(([status, n]) => (
            <span key={status} className="tag">
              {t(`status_${status}`)}: {number(n)}
            </span>
          ))}
      </p>
    </section>
  );
}
