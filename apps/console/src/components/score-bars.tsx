import { useI18n } from '../i18n/i18n-context';

/** One bar per score component (0..1), the value also in words for screen readers. */
export function ScoreBars({ components }: { components: Record<string, number> }) {
  const { t, percent } = useI18n();
  return (
    <dl className="bars">
      {Object.entries(components).map(([name, value]) => (
        <div key={name} className="bar-row">
          <dt>{t(`component_${name}`)}</dt>
          <dd>
            <meter min={0} max={1} value={value} aria-label={`${t(`component_${name}`)} ${percent(value)}`} />
            <span className="bar-value">{percent(value)}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
