import { useState, type FormEvent } from 'react';
import type { components, paths } from '../../../../docs/openapi/vacancy-service';
import { useApp } from '../app-context';
import { ErrorNote } from '../components/error-note';
import { useI18n } from '../i18n/i18n-context';

type ImportResult = components['schemas']['ImportResult'];
type ImportBody = NonNullable<paths['/opportunities/import']['post']['requestBody']>['content']['application/json'];

/**
 * schema.org JSON-LD (a file or pasted text) -> POST /opportunities/import; one line per item with its
 * outcome, the reason of a rejection and the warnings (what could not be mapped). JSON that does not
 * parse is refused here, before any request.
 */
export function SchemaOrgImport({ onImported }: { onImported: () => void }) {
  const { clients } = useApp();
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(e: FormEvent) {
    e.preventDefault();
    setResult(null);
    setError(null);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      return setError(t('importBadJson', { message: (err as Error).message }));
    }
    // Whether it is a node, an array or an @graph is the service's to check (a 400 with paths).
    const { data, error } = await clients.vacancies.POST('/opportunities/import', { body: body as ImportBody });
    if (error) return setError(error);
    if (data) {
      setResult(data);
      onImported();
    }
  }

  return (
    <form className="import" onSubmit={run} aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p className="muted">{t('importHelp')}</p>
      <label htmlFor="import-file">{t('importFile')}</label>
      <input id="import-file" type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={(e) => void e.target.files?.[0]?.text().then(setText)} />
      <label htmlFor="import-text">{t('importText')}</label>
      <textarea id="import-text" rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" disabled={text.trim() === ''}>
        {t('importRun')}
      </button>
      <ErrorNote error={error} />
      {result && (
        <div role="status">
        <ul className="import-results">
          {result.items.map((item) => (
            <li key={item.index}>
              {t('importItem', { n: item.index + 1 })}
              {item.externalId ? ` (${item.externalId})` : ''}: <strong>{t(`outcome_${item.outcome}`)}</strong>
              {item.opportunityId && (
                <>
                  {' '}
                  <a href={`#/opportunities/${item.opportunityId}/edit`}>{t('edit')}</a>
                </>
              )}
              {item.reason && <span className="field-error"> {item.reason}</span>}
              {item.warnings.length > 0 && (
                <span className="muted">
                  {' '}
                  {t('warnings')}: {item.warnings.join('; ')}
                </span>
              )}
            </li>
          ))}
        </ul>
        </div>
      )}
    </form>
  );
}
