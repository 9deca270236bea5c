import type { components } from '../../../../../docs/openapi/vacancy-service';
import { useI18n } from '../../i18n/i18n-context';
import { fairnessGroupLabel } from '../../i18n/translate';

type Fairness = components['schemas']['ShortlistResults']['fairness'];
type Audit = NonNullable<NonNullable<Fairness>['byGender']>;

/** The fairness audit: each group's selection rate as a bar, and whether the lowest is within four fifths of the highest. */
export function FairnessChart({ fairness }: { fairness: Fairness }) {
  const { t, percent, number, language } = useI18n();
  if (!fairness) return null;
  const audits: Array<[string, 'gender' | 'nationality', Audit | null]> = [
    [t('byGender'), 'gender', fairness.byGender],
    [t('byNationality'), 'nationality', fairness.byNationality],
  ];
  return (
    <div className="fairness">
      <h3>{t('fairness')}</h3>
      {audits.map(([title, dimension, audit]) =>
        audit ? (
          <figure key={title}>
            <figcaption>
              {title}:{' '}
              {audit.fourFifthsRatio === null
                ? t('fourFifthsUnknown')
                : t(audit.belowFourFifths ? 'fourFifthsBelow' : 'fourFifthsOk', { ratio: number(audit.fourFifthsRatio, 2) })}
            </figcaption>
            <dl className="bars">
              {audit.groups.map((g) => (
                <div key={g.group} className="bar-row" data-group={g.group}>
                  <dt title={g.group}>{fairnessGroupLabel(language, dimension, g.group)}</dt>
                  <dd>
                    <meter min={0} max={1} value={g.rate} aria-label={`${title} ${fairnessGroupLabel(language, dimension, g.group)}: ${percent(g.rate)}`} />
                    <span className="bar-value">{percent(g.rate)}</span>
                    <span className="muted">
                      {number(g.selected)}/{number(g.attendees)}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          </figure>
        ) : null,
      )}
      {/* The service's note is English only; the console says the same in the interface language. */}
      <p className="muted">{t('fairnessNote')}</p>
    </div>
  );
}
