import type { components } from '../../../../docs/openapi/vacancy-service';
import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../use-load';
import { AttendeesUpload } from './fair/attendees-upload';
import { FairOpportunitiesForm } from './fair/fair-opportunities-form';
import { ShortlistPanel } from './fair/shortlist-panel';

type Fair = components['schemas']['Fair'];

/** One fair (GET /fairs/:id): register attendees from a CSV, add opportunities with slots, run the shortlist. */
export function FairPage({ id, created = false }: { id: string; created?: boolean }) {
  const { clients } = useApp();
  const { t, date, number } = useI18n();
  const { data: fair, error, loading, reload } = useLoad<Fair>(() => clients.vacancies.GET('/fairs/{id}', { params: { path: { id } } }), [id]);
  return (
    <section aria-labelledby="fair-title">
      <p>
        <a href="#/fairs">← {t('allFairs')}</a>
      </p>
      <ErrorNote error={error} />
      {loading && !fair && <p aria-live="polite">{t('loading')}</p>}
      {fair && (
        <>
          <h1 id="fair-title">{fair.name}</h1>
          {created && (
            <p role="status" className="ok">
              {t('fairCreated', { name: fair.name, date: date(fair.date) })}
            </p>
          )}
          <p className="fair-summary">
            {t('fairSummary', {
              date: date(fair.date),
              start: fair.startTime,
              minutes: number(fair.slotMinutes),
              region: fair.regionCode,
              attendees: number(fair.attendees),
              opportunities: number(fair.opportunities.length),
            })}
          </p>
          <AttendeesUpload fairId={fair.id} onChanged={reload} />
          <FairOpportunitiesForm fairId={fair.id} onChanged={reload} />
          <ShortlistPanel fairId={fair.id} />
        </>
      )}
    </section>
  );
}
