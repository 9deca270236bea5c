import type { FieldErrors } from '../api/field-errors';
import { Choice } from '../components/choice';
import { FieldError, fieldProps } from '../components/field-error';
import { useI18n } from '../i18n/i18n-context';
import type { Pay } from './opportunity-draft';

const PERIODS = ['hour', 'day', 'week', 'month', 'year'] as const;

/** Wage (jobs, apprenticeships) or stipend (trainings): income during the programme, which the matching weighs for people who need it. */
export function PayFields({ pay, onChange, errors }: { pay: Pay | null; onChange: (p: Pay | null) => void; errors: FieldErrors }) {
  const { t } = useI18n();
  const amount = fieldProps('o-pay-error', errors, ['supports.pay']);
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={pay !== null} onChange={(e) => onChange(e.target.checked ? { kind: 'wage', amount: 0, currency: 'USD', period: 'month' } : null)} /> {t('payGiven')}
      </label>
      {pay && (
        <div className="grid">
          <Choice id="o-pay-kind" label={t('payKind')} value={pay.kind} options={['wage', 'stipend'] as const} prefix="payKind_" onChange={(kind) => onChange({ ...pay, kind })} />
          <label htmlFor="o-pay-amount">{t('payAmount')}</label>
          <input id="o-pay-amount" type="number" min={0} step="0.01" value={pay.amount} onChange={(e) => onChange({ ...pay, amount: Number(e.target.value) })} {...amount} />
          <label htmlFor="o-pay-currency">{t('payCurrency')}</label>
          <input id="o-pay-currency" size={4} value={pay.currency} onChange={(e) => onChange({ ...pay, currency: e.target.value.toUpperCase() })} {...amount} />
          <Choice id="o-pay-period" label={t('payPeriod')} value={pay.period} options={PERIODS} prefix="payPeriod_" onChange={(period) => onChange({ ...pay, period })} />
          <FieldError id="o-pay-error" errors={errors} paths={['supports.pay']} />
        </div>
      )}
    </>
  );
}
