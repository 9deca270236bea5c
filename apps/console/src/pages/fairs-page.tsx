import type { components } from '../../../../docs/openapi/vacancy-service';
import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { useI18n } from '../i18n/i18n-context';
import { usePagedList } from '../use-paged-list';
import { NewFairForm } from './fair/new-fair-form';

type Fair = components['schemas']['Fair'];

/** The organisation's fairs (GET /fairs, latest day first, paged) and a new one; each fair opens on its own page (#/fairs/<id>). */
export function FairsPage() {
  const { clients } = useApp();
  const { t, date, number } = useI18n();
  const { items: loaded, error, loading, more } = usePagedList<Fair>((cursor) => clients.vacancies.GET('/fairs', { params: { query: { limit: 50, cursor } } }));
  return (
    <section aria-labelledby="fairs-title">
      <h1 id="fairs-title">{t('fairsTitle')}</h1>
      <h2 id="fair-list-title">{t('fairList')}</h2>
      <ErrorNote error={error} />
      {loading && <p aria-live="polite">{t('loading')}</p>}
      {!loading && loaded.length === 0 && <p>{t('noFairs')}</p>}
      {loaded.length > 0 && (
        <div className="table-wrap">
          <table aria-labelledby="fair-list-title">
            <thead>
              <tr>
                <th scope="col">{t('fairName')}</th>
                <th scope="col">{t('date')}</th>
                <th scope="col">{t('startTime')}</th>
                <th scope="col">{t('regionCode')}</th>
                <th scope="col">{t('attendeesHeader')}</th>
                <th scope="col">{t('fairOpportunitiesHeader')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.map((f) => (
                <tr key={f.id}>
                  <th scope="row">
                    <a href={`#/fairs/${f.id}`}>{f.name}</a>
                  </th>
                  <td>{date(f.date)}</td>
                  <td>{f.startTime}</td>
                  <td>{f.regionCode}</td>
                  <td>{number(f.attendees)}</td>
                  <td>{number(f.opportunities.length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {more && (
        <button type="button" onClick={more} disabled={loading}>
          {t('more')}
        </button>
      )}
      <NewFairForm onCreated={(f) => (location.hash = `#/fairs/${f.id}?created`)} />
    </section>
  );
}
