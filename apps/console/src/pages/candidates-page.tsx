import { untilReady } from '../api/until-ready';
import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { PlacementRow } from '../components/placement-row';
import { ProgrammeReport } from '../components/programme-report';
import { ScoreBars } from '../components/score-bars';
import { useI18n } from '../i18n/i18n-context';
import { useLoad } from '../use-load';

/** One opportunity: its ranked, masked candidates with reasons, and the people referred to it (the pipeline). */
export function CandidatesPage({ id }: { id: string }) {
  const { clients } = useApp();
  const { t, number, language } = useI18n();
  const opportunity = useLoad(() => clients.vacancies.GET('/opportunities/{id}', { params: { path: { id } } }), [id]);
  const candidates = useLoad(() => untilReady(() => clients.vacancies.GET('/opportunities/{id}/candidates', { params: { path: { id }, query: { limit: 20 } } })), [id, language]);
  const placements = useLoad(() => clients.vacancies.GET('/placements', { params: { query: { opportunityId: id, limit: 100 } } }), [id]);
  const list = candidates.data && 'items' in candidates.data ? candidates.data.items : [];
  const title = opportunity.data?.title ?? '';

  return (
    <section aria-labelledby="candidates-title">
      <p>
        <a href="#/opportunities">← {t('back')}</a>
      </p>
      <h1 id="candidates-title">{t('candidatesTitle', { title })}</h1>
      <h2>{t('pipeline')}</h2>
      <ErrorNote error={placements.error} />
      {placements.data && placements.data.length === 0 && <p>{t('noPlacements')}</p>}
      {placements.data && placements.data.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('person')}</th>
                <th scope="col">{t('status')}</th>
                <th scope="col">{t('moveTo')}</th>
              </tr>
            </thead>
            <tbody>
              {placements.data.map((p) => (
                <PlacementRow key={p.id} placement={p} name={list.find((c) => c.profileId === p.profileId)?.contact.displayName ?? p.profileId.slice(0, 8)} onMoved={placements.reload} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ProgrammeReport opportunityId={id} refreshKey={placements.data} />
      <h2>{t('candidates')}</h2>
      <ErrorNote error={candidates.error ?? opportunity.error} />
      {candidates.loading && <p aria-live="polite">{t('computing')}</p>}
      {!candidates.loading && list.length === 0 && <p>{t('noCandidates')}</p>}
      <ol className="cards">
        {list.map((c) => (
          <li key={c.profileId} className="card candidate">
            <div className="option-head">
              <h3>{c.contactMasked ? `#${c.profileId.slice(0, 8)}` : c.contact.displayName}</h3>
              {c.placementStatus && <span className="tag">{t(`status_${c.placementStatus}`)}</span>}
              <span className="score" aria-label={`${t('score')} ${number(c.score)}`}>
                {number(c.score)}
              </span>
            </div>
            <p className="muted">
              {c.contactMasked ? t('masked') : `${t('contact')}: ${[c.contact.phone, c.contact.email].filter(Boolean).join(' · ')}`} · {t('region')}: {c.regionCode ?? '—'}
            </p>
            <ScoreBars components={c.components} />
            <details>
              <summary>{t('reasons')}</summary>
              <ul>
                {c.explanation.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
