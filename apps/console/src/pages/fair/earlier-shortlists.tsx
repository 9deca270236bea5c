import type { components } from '../../../../../docs/openapi/vacancy-service';
import { useApp } from '../../app-context';
import { ErrorNote } from '../../components/error-note';
import { useI18n } from '../../i18n/i18n-context';
import { useLoad } from '../../use-load';

type Shortlists = components['schemas']['FairShortlists'];

/**
 * The fair's shortlists already run (GET /fairs/:id/shortlists, newest first): an organiser who comes back
 * opens one's schedule, audit and CSV instead of running it again. `version` re-reads the list after a run.
 */
export function EarlierShortlists({ fairId, version, openId, onOpen }: { fairId: string; version: number; openId: string | null; onOpen(id: string): void }) {
  const { clients } = useApp();
  const { t, date, number } = useI18n();
  const { data, error } = useLoad<Shortlists>(() => clients.vacancies.GET('/fairs/{id}/shortlists', { params: { path: { id: fairId } } }), [fairId, version]);
  if (!data) return <ErrorNote error={error} />;
  if (data.items.length === 0) return <p>{t('noEarlierShortlists')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('earlierShortlists')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('shortlistRunAt')}</th>
            <th scope="col">{t('strategy')}</th>
            <th scope="col">{t('maxInterviews')}</th>
            <th scope="col">{t('progress')}</th>
            <th scope="col">{t('interviewsHeader')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('openShortlist')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.items.map((s) => (
            <tr key={s.id} aria-current={s.id === openId ? 'true' : undefined}>
              <td>{date(s.createdAt)}</td>
              <td>{t(`strategy_${s.params.strategy}`)}</td>
              <td>{number(s.params.maxInterviewsPerAttendee)}</td>
              <td>
                {t(`state_${s.state}`)}
                {s.state !== 'done' && s.state !== 'failed' ? ` (${s.percent}%)` : ''}
              </td>
              <td>{s.interviews === null ? '—' : number(s.interviews)}</td>
              <td>
                <button type="button" onClick={() => onOpen(s.id)} disabled={s.id === openId} aria-label={t('openShortlistAt', { at: date(s.createdAt) })}>
                  {t('openShortlist')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
