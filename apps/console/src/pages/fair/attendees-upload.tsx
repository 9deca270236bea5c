import { useState, type FormEvent } from 'react';
import { useApp } from '../../app-context';
import { ErrorNote } from '../../components/error-note';
import { useI18n } from '../../i18n/i18n-context';

/** The CSV goes as it is (text/csv); a bad row rejects the file and the service names each row (`line.<n>.profile_id`). */
export function AttendeesUpload({ fairId, onChanged }: { fairId: string; onChanged?: () => void }) {
  const { clients } = useApp();
  const { t, number } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<{ registered: number; alreadyRegistered: number; attendees: number } | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return;
    setError(null);
    setResult(null);
    const csv = await file.text();
    const { data, error } = await clients.vacancies.POST('/fairs/{id}/attendees.csv', {
      params: { path: { id: fairId } },
      body: csv,
      bodySerializer: (body) => body,
      headers: { 'Content-Type': 'text/csv' },
    });
    if (error) setError(error);
    else if (data) {
      setResult(data);
      onChanged?.();
    }
  }

  return (
    <form className="panel" onSubmit={submit}>
      <label htmlFor="attendees-file">{t('attendeesCsv')}</label>
      <input id="attendees-file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <button type="submit">{t('upload')}</button>
      {result && (
        <p role="status" className="ok">
          {t('attendeesRegistered', { registered: number(result.registered), already: number(result.alreadyRegistered), attendees: number(result.attendees) })}
        </p>
      )}
      <ErrorNote error={error} title={error ? t('uploadErrors') : undefined} />
    </form>
  );
}
