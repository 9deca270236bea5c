import { useEffect, useState, type FormEvent } from 'react';
import type { components } from '../../../../../docs/openapi/vacancy-service';
import { useApp } from '../../app-context';
import { ErrorNote } from '../../components/error-note';
import { useI18n } from '../../i18n/i18n-context';
import { AttendeeSchedules } from './attendee-schedules';
import { EarlierShortlists } from './earlier-shortlists';
import { FairnessChart } from './fairness-chart';
import { ScheduleTables } from './schedule-tables';

type Status = components['schemas']['ShortlistStatus'];
type Results = components['schemas']['ShortlistResults'];
type Strategy = Status['params']['strategy'];

/**
 * Runs a shortlist (202) or opens one run before, follows GET /shortlists/:id with a progress bar, then shows
 * the schedule and offers the CSV.
 */
export function ShortlistPanel({ fairId }: { fairId: string }) {
  const { clients, session } = useApp();
  const { t, language } = useI18n();
  const [maxInterviews, setMaxInterviews] = useState(2);
  const [strategy, setStrategy] = useState<Strategy>('coverage_first');
  const [shortlistId, setShortlistId] = useState<string | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [error, setError] = useState<unknown>(null);
  // Bumped when a run starts or ends, so the list of earlier shortlists shows it.
  const [listVersion, setListVersion] = useState(0);

  useEffect(() => {
    if (!shortlistId) return;
    let stopped = false;
    const follow = async () => {
      while (!stopped) {
        const { data, error } = await clients.vacancies.GET('/shortlists/{id}', { params: { path: { id: shortlistId } } });
        if (stopped) return;
        if (error || !data) return setError(error);
        setStatus(data);
        if (data.state === 'done' || data.state === 'failed') setListVersion((v) => v + 1);
        if (data.state === 'done') {
          const r = await clients.vacancies.GET('/shortlists/{id}/results.json', { params: { path: { id: shortlistId }, header: { 'accept-language': language } } });
          if (stopped) return;
          if (r.error) setError(r.error);
          else setResults(r.data ?? null);
          return;
        }
        if (data.state === 'failed') return;
        await new Promise((r) => setTimeout(r, 400));
      }
    };
    void follow();
    return () => {
      stopped = true;
    };
  }, [shortlistId, clients, language]);

  function open(id: string | null) {
    setError(null);
    setStatus(null);
    setResults(null);
    setShortlistId(id);
  }

  async function run(e: FormEvent) {
    e.preventDefault();
    open(null);
    const { data, error } = await clients.vacancies.POST('/fairs/{id}/shortlists', { params: { path: { id: fairId } }, body: { maxInterviewsPerAttendee: maxInterviews, strategy, minScore: 0 } });
    if (error) setError(error);
    else if (data) {
      setShortlistId(data.shortlistId);
      setListVersion((v) => v + 1);
    }
  }

  // The CSV needs the key, so it is fetched and handed to the browser as a file rather than linked.
  async function downloadCsv() {
    if (!shortlistId) return;
    const res = await fetch(`/api/vacancy/shortlists/${shortlistId}/results.csv`, { headers: { Authorization: `Bearer ${session.key}`, 'Accept-Language': language } });
    if (!res.ok) return setError(await res.json().catch(() => res.statusText));
    const url = URL.createObjectURL(await res.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `shortlist-${shortlistId}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <div className="panel">
      <h2>{t('shortlist')}</h2>
      <form className="grid" onSubmit={run}>
        <label htmlFor="max-interviews">{t('maxInterviews')}</label>
        <input id="max-interviews" type="number" min={1} max={50} value={maxInterviews} onChange={(e) => setMaxInterviews(Number(e.target.value))} required />
        <label htmlFor="strategy">{t('strategy')}</label>
        <select id="strategy" value={strategy} onChange={(e) => setStrategy(e.target.value as Strategy)}>
          <option value="coverage_first">{t('strategy_coverage_first')}</option>
          <option value="max_total">{t('strategy_max_total')}</option>
        </select>
        <button type="submit">{t('runShortlist')}</button>
      </form>
      <EarlierShortlists fairId={fairId} version={listVersion} openId={shortlistId} onOpen={open} />
      {status && (
        <div className="progress-row">
          <label htmlFor="shortlist-progress">
            {t('progress')}: {t(`state_${status.state}`)}
          </label>
          <progress id="shortlist-progress" max={100} value={status.percent} />
          <span aria-live="polite">{status.percent}%</span>
        </div>
      )}
      <ErrorNote error={error} />
      {results && (
        <>
          <p role="status" className="ok">
            {t('interviews', { n: results.report.interviews, covered: results.report.attendeesCovered })}
          </p>
          <p className="actions no-print">
            <button type="button" onClick={downloadCsv}>
              {t('downloadCsv')}
            </button>
            <button type="button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </p>
          <ScheduleTables results={results} />
          <AttendeeSchedules results={results} />
          <FairnessChart fairness={results.fairness} />
        </>
      )}
    </div>
  );
}
