import { useI18n } from '../i18n/i18n-context';

export function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language">
      {t('language')}{' '}
      <select value={language} onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'es')}>
        <option value="es">Español</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}
