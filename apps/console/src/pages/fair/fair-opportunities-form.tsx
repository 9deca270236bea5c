import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context';
import { ErrorNote } from '../../components/error-note';
import { useI18n } from '../../i18n/i18n-context';
import { parseSlotLines } from './slot-lines';

export function FairOpportunitiesForm({ fairId, onChanged }: { fairId: string; onChanged?: () => void }) {
  const { clients } = useApp();
  const { t, number } = useI18n();
  const [text, setText] = useState('');
  const [added, setAdded] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const { data, error } = await clients.vacancies.POST('/fairs/{id}/opportunities', { params: { path: { id: fairId } }, body: { opportunities: parseSlotLines(text) } });
    if (error) setError(error);
    else if (data) {
      setAdded(data.opportunities.length);
      onChanged?.();
    }
  }

  return (
    <form className="panel" onSubmit={submit}>
      <label htmlFor="fair-opportunities">{t('fairOpportunities')}</label>
      <textarea id="fair-opportunities" rows={4} required value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit">{t('addOpportunities')}</button>
      {added !== null && (
        <p role="status" className="ok">
          {t('opportunitiesAdded', { n: number(added) })}
        </p>
      )}
      <ErrorNote error={error} />
    </form>
  );
}
