import { useState, type FormEvent } from 'react';
import type { components } from '../../../../docs/openapi/vacancy-service';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n-context';
import { EXIT_REASONS, isExit, nextSteps, type PlacementStatus } from '../pipeline';
import { ErrorNote } from './error-note';

type Placement = components['schemas']['Placement'];

/** One referred person and the step to take next (POST /placements/:id/transitions); an exit asks for its reason. */
export function PlacementRow({ placement, name, onMoved }: { placement: Placement; name: string; onMoved: () => void }) {
  const { clients } = useApp();
  const { t } = useI18n();
  const steps = nextSteps(placement.status);
  const [to, setTo] = useState<PlacementStatus | ''>(steps[0] ?? '');
  const [reason, setReason] = useState<(typeof EXIT_REASONS)[number]>('other');
  const [error, setError] = useState<unknown>(null);
  const selectId = `move-${placement.id}`;

  async function move(e: FormEvent) {
    e.preventDefault();
    if (!to) return;
    setError(null);
    const { error } = await clients.vacancies.POST('/placements/{id}/transitions', { params: { path: { id: placement.id } }, body: isExit(to) ? { to, reason } : { to } });
    if (error) setError(error);
    else onMoved();
  }

  return (
    <tr>
      <th scope="row">{name}</th>
      <td>{t(`status_${placement.status}`)}</td>
      <td>
        {steps.length > 0 && (
          <form className="inline" onSubmit={move}>
            <label htmlFor={selectId} className="visually-hidden">
              {t('moveTo')} ({name})
            </label>
            <select id={selectId} value={to} onChange={(e) => setTo(e.target.value as PlacementStatus)}>
              {steps.map((s) => (
                <option key={s} value={s}>
                  {t(`status_${s}`)}
                </option>
              ))}
            </select>
            {to && isExit(to) && (
              <select aria-label={`${t('reasons')} (${name})`} value={reason} onChange={(e) => setReason(e.target.value as (typeof EXIT_REASONS)[number])}>
                {EXIT_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            )}
            <button type="submit">{t('move')}</button>
          </form>
        )}
        <ErrorNote error={error} />
      </td>
    </tr>
  );
}
