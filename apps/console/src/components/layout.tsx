import type { ReactNode } from 'react';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n-context';
import { MENU } from '../routes';
import { useHash } from '../use-hash';
import { LanguageSwitch } from './language-switch';

export function Layout({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const { session } = useApp();
  const { t } = useI18n();
  const hash = useHash();
  return (
    <>
      {/* Not a #main link: the hash is the route. */}
      <a
        className="skip"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('skipToContent')}
      </a>
      <header className="top">
        <span className="brand">{t('appTitle')}</span>
        <nav aria-label={t('menu')}>
          <ul>
            {MENU[session.role].map((item) => (
              <li key={item.hash}>
                <a href={item.hash} aria-current={hash.startsWith(item.hash) ? 'page' : undefined}>
                  {t(item.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who">{t(`role_${session.role}`)}</span>
        <LanguageSwitch />
        <button type="button" onClick={onSignOut}>
          {t('signOut')}
        </button>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
