import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { SchemaOrgImport } from '../opportunity-form/schemaorg-import';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../use-load';

/** The employer's own opportunities (GET /opportunities?organisationId=own). */
export function OpportunitiesPage() {
  const { clients, session } = useApp();
  const { t, number, date } = useI18n();
  const { data, error, loading, reload } = useLoad(() => clients.vacancies.GET('/opportunities', { params: { query: { organisationId: session.organisationId, limit: 200 } } }), [session.organisationId]);
  const items = data?.items ?? [];
  return (
    <section aria-labelledby="opportunities-title">
      <h1 id="opportunities-title">{t('opportunitiesTitle')}</h1>
      <p>
        <a href="#/opportunities/new">{t('newOpportunity')}</a>
      </p>
      <ErrorNote error={error} />
      {loading && <p aria-live="polite">{t('loading')}</p>}
      {!loading && items.length === 0 && <p>{t('noOpportunities')}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('title')}</th>
              <th scope="col">{t('kind')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('seats')}</th>
              <th scope="col">{t('region')}</th>
              <th scope="col">{t('posted')}</th>
              <th scope="col">{t('candidates')}</th>
              <th scope="col">{t('edit')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={o.id}>
                <th scope="row">{o.title}</th>
                <td>{t(`kind_${o.kind}`)}</td>
                <td>{t(`opportunity_${o.status}`)}</td>
                <td>
                  {number(o.booked)} / {number(o.capacity)}
                </td>
                <td>{o.location?.regionCode ?? '—'}</td>
                <td>{date(o.postedAt)}</td>
                <td>
                  <a href={`#/opportunities/${o.id}`}>
                    {t('candidates')}
                    <span className="visually-hidden"> — {o.title}</span>
                  </a>
                </td>
                <td>
                  <a href={`#/opportunities/${o.id}/edit`}>
                    {t('edit')}
                    <span className="visually-hidden"> — {o.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SchemaOrgImport onImported={reload} />
    </section>
  );
}
