import type { components } from '../../../../../docs/openapi/vacancy-service';
import { useI18n } from '../../i18n/i18n-context';
import { AttendeeName } from './attendee-name';
import { clock } from './clock';

type Results = components['schemas']['ShortlistResults'];

/** The schedule per attendee: whom each person meets, when (the slip an attendee takes home). */
export function AttendeeSchedules({ results }: { results: Results }) {
  const { t } = useI18n();
  const withInterviews = results.attendees.filter((a) => a.interviews.length > 0);
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('schedulePerAttendee')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('person')}</th>
            <th scope="col">{t('interviewsHeader')}</th>
          </tr>
        </thead>
        <tbody>
          {withInterviews.map((a) => (
            <tr key={a.profileId}>
              <th scope="row">
                <AttendeeName profileId={a.profileId} displayName={a.displayName} />
              </th>
              <td>
                {[...a.interviews]
                  .sort((x, y) => x.slot - y.slot)
                  .map((i) => `${clock(i.startsAt)} ${i.title}`)
                  .join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
