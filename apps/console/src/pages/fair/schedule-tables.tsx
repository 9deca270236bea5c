import type { components } from '../../../../../docs/openapi/vacancy-service';
import { useI18n } from '../../i18n/i18n-context';
import { AttendeeName } from './attendee-name';
import { clock } from './clock';

type Results = components['schemas']['ShortlistResults'];

/** The printable schedule: one table per employer's table (opportunity), interviews in slot order. */
export function ScheduleTables({ results }: { results: Results }) {
  const { t, number } = useI18n();
  return (
    <div className="schedule">
      <h3>{t('schedule')}</h3>
      {results.opportunities.map((o) => (
        <div key={o.opportunityId} className="table-wrap">
          <table>
            <caption>{o.title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('slot')}</th>
                <th scope="col">{t('rank')}</th>
                <th scope="col">{t('person')}</th>
                <th scope="col">{t('score')}</th>
              </tr>
            </thead>
            <tbody>
              {[...o.entries]
                .sort((a, b) => a.slot - b.slot)
                .map((e) => (
                  <tr key={e.profileId}>
                    <td>
                      {clock(e.startsAt)}–{clock(e.endsAt)}
                    </td>
                    <td>{number(e.rank)}</td>
                    <td>
                      <AttendeeName profileId={e.profileId} displayName={e.displayName} />
                    </td>
                    <td>{number(e.score)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
