import { useState, type FormEvent } from 'react';
import type { components } from '../../../../../docs/openapi/vacancy-service';
import { useApp } from '../../app-context';
import { ErrorNote } from '../../components/error-note';
import { useI18n } from '../../i18n/i18n-context';

type Fair = components['schemas']['Fair'];

export function NewFairForm({ onCreated }: { onCreated: (fair: Fair) => void }) {
  const { clients } = useApp();
  const { t } = useI18n();
  const [form, setForm] = useState({ name: '', date: new Date().toISOString().slice(0, 10), startTime: '09:00', slotMinutes: 20, regionCode: 'EC-P' });
  const [error, setError] = useState<unknown>(null);
  const field = (name: keyof typeof form) => ({
    id: `fair-${name}`,
    name,
    value: form[name],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: name === 'slotMinutes' ? Number(e.target.value) : e.target.value }),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    const { data, error } = await clients.vacancies.POST('/fairs', { body: form });
    if (error) setError(error);
    else if (data) onCreated(data);
  }

  return (
    <form className="panel grid" onSubmit={submit}>
      <h2>{t('newFair')}</h2>
      <label htmlFor="fair-name">{t('fairName')}</label>
      <input {...field('name')} required />
      <label htmlFor="fair-date">{t('date')}</label>
      <input {...field('date')} type="date" required />
      <label htmlFor="fair-startTime">{t('startTime')}</label>
      <input {...field('startTime')} type="time" required />
      <label htmlFor="fair-slotMinutes">{t('slotMinutes')}</label>
      <input {...field('slotMinutes')} type="number" min={5} max={240} required />
      <label htmlFor="fair-regionCode">{t('regionCode')}</label>
      <input {...field('regionCode')} required />
      <button type="submit">{t('create')}</button>
      <ErrorNote error={error} />
    </form>
  );
}
