import { useState, type FormEvent } from 'react';
import type { Clients } from '../api/clients';
import { LanguageSwitch } from '../components/language-switch';
import { useI18n } from '../i18n/i18n-context';
import type { Session } from '../session';

/** GET /me with the pasted key says whose it is and its role; only then is it kept (sessionStorage). */
export function SignInPage({ clients, onSignedIn }: { clients: Clients; onSignedIn: (s: Session) => void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setFailed(false);
    const trimmed = key.trim();
    // The key is not stored yet: this one request carries it itself.
    const { data } = await clients.vacancies.GET('/me', { headers: { Authorization: `Bearer ${trimmed}` } }).catch(() => ({ data: undefined }));
    setBusy(false);
    if (!data) return setFailed(true);
    onSignedIn({ key: trimmed, role: data.role, organisationId: data.organisationId });
  }

  return (
    <main id="main" className="sign-in">
      <LanguageSwitch />
      <h1>{t('appTitle')}</h1>
      <form onSubmit={submit} aria-describedby="sign-in-help">
        <h2>{t('signInTitle')}</h2>
        <p id="sign-in-help">{t('signInHelp')}</p>
        <label htmlFor="api-key">{t('apiKey')}</label>
        <input id="api-key" name="api-key" type="password" autoComplete="off" required value={key} onChange={(e) => setKey(e.target.value)} />
        <button type="submit" disabled={busy}>
          {t('signIn')}
        </button>
        {failed && <p role="alert" className="error">{t('signInFailed')}</p>}
      </form>
    </main>
  );
}
