import { useState } from 'react';
import type { components } from '../../../../docs/openapi/vacancy-service';
import { useI18n } from '../i18n/i18n-context';
import { AttendeesUpload } from './fair/attendees-upload';
import { FairOpportunitiesForm } from './fair/fair-opportunities-form';
import { NewFairForm } from './fair/new-fair-form';
import { ShortlistPanel } from './fair/shortlist-panel';

type Fair = components['schemas']['Fair'];
// There is no "list my fairs" endpoint: the fair being prepared is remembered in this tab.
const STORAGE_KEY = 'console.fair';

/** The organiser's day: create a fair, register attendees from a CSV, add opportunities with slots, run the shortlist. */
export function FairsPage() {
  const { t, date } = useI18n();
  const [fair, setFairState] = useState<Fair | null>(() => JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Fair | null);
  const setFair = (f: Fair | null) => {
    if (f) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(f));
    else sessionStorage.removeItem(STORAGE_KEY);
    setFairState(f);
  };
  return (
    <section aria-labelledby="fairs-title">
      <h1 id="fairs-title">{t('fairsTitle')}</h1>
      <NewFairForm onCreated={setFair} />
      {fair && (
        <>
          <p role="status" className="ok">
            {t('fairCreated', { name: fair.name, date: date(fair.date) })}
          </p>
          <AttendeesUpload fairId={fair.id} />
          <FairOpportunitiesForm fairId={fair.id} />
          <ShortlistPanel fairId={fair.id} />
        </>
      )}
    </section>
  );
}
