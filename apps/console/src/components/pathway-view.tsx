import { useEffect, useState } from 'react';
import type { components } from '../../../../docs/openapi/profile-service';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n-context';

type Recommendation = components['schemas']['Recommendation'];

/**
 * Which trainings and apprenticeships in the list unlock which vacancies (the recommendation's
 * `pathway.unlockedOpportunityIds`), the vacancies by title (GET /opportunities/:id, read once each).
 */
export function PathwayView({ items }: { items: Recommendation[] }) {
  const { clients } = useApp();
  const { t } = useI18n();
  const paths = items.filter((i) => (i.pathway?.unlockedOpportunityIds.length ?? 0) > 0);
  const ids = [...new Set(paths.flatMap((i) => i.pathway!.unlockedOpportunityIds))];
  const [titles, setTitles] = useState<Record<string, string>>({});
  const key = ids.join(',');

  useEffect(() => {
    let current = true;
    // A handful of ids (the list is 10 long): one read each, no batch route needed.
    void Promise.all(ids.slice(0, 30).map(async (id) => [id, (await clients.vacancies.GET('/opportunities/{id}', { params: { path: { id } } })).data?.title ?? id.slice(0, 8)] as const)).then(
      (pairs) => current && setTitles(Object.fromEntries(pairs)),
    );
    return () => {
      current = false;
    };
    // `key` stands for `ids` (a new array on every render).
  }, [key, clients]);

  return (
    <section aria-labelledby="pathway-title" className="pathways">
      <h2 id="pathway-title">{t('pathwayView')}</h2>
      {paths.length === 0 && <p>{t('pathwayNone')}</p>}
      <ul>
        {paths.map((p) => (
          <li key={p.opportunityId} className="pathway">
            <strong>{p.title}</strong> <span className={`tag kind-${p.kind}`}>{t(`kind_${p.kind}`)}</span> {t('unlocks')}:
            <ul>
              {p.pathway!.unlockedOpportunityIds.map((id) => (
                <li key={id}>{titles[id] ?? '…'}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
