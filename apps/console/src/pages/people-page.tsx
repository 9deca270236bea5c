import { useMemo, useState } from 'react';
import type { components } from '../../../../docs/openapi/profile-service';
import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { useI18n } from '../i18n/i18n-context';
import { usePagedList } from '../use-paged-list';

type Person = components['schemas']['ProfilePage']['items'][number];

/** The organisation's people (GET /profiles), searched by name or region here: the API filters by region, skill, pathway and consent, not by name. */
export function PeoplePage() {
  const { clients } = useApp();
  const { t, date } = useI18n();
  const [query, setQuery] = useState('');
  const { items: loaded, error, loading, more } = usePagedList<Person>((cursor) => clients.profiles.GET('/profiles', { params: { query: { limit: 200, cursor } } }));
  const people = useMemo(() => {
    const q = query.trim().toLocaleLowerCase();
    const items = loaded;
    if (!q) return items;
    return items.filter((p) => `${p.personal?.displayName ?? ''} ${p.location?.regionCode ?? ''}`.toLocaleLowerCase().includes(q));
  }, [loaded, query]);

  return (
    <section aria-labelledby="people-title">
      <h1 id="people-title">{t('peopleTitle')}</h1>
      <p>
        <a className="button" href="#/people/new">
          {t('newProfile')}
        </a>
      </p>
      <label htmlFor="people-search">{t('search')}</label>
      <input id="people-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ErrorNote error={error} />
      {loading && <p aria-live="polite">{t('loading')}</p>}
      {!loading && people.length === 0 && <p>{t('noPeople')}</p>}
      <ul className="cards">
        {people.map((p) => (
          <li key={p.id} className="card">
            <h2>{p.personal?.displayName ?? p.id.slice(0, 8)}</h2>
            <p>
              {t('region')}: {p.location?.regionCode ?? '—'} · {t('skills')}: {p.skills.length} · {t('updated')}: {date(p.updatedAt)}
            </p>
            <a className="button" href={`#/people/${p.id}`}>
              {t('viewOptions')}
              <span className="visually-hidden"> — {p.personal?.displayName ?? p.id}</span>
            </a>
          </li>
        ))}
      </ul>
      {more && (
        <button type="button" onClick={more} disabled={loading}>
          {t('more')}
        </button>
      )}
    </section>
  );
}
