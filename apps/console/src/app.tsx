// Signed out: the sign-in form. Signed in: the menu of the key's role and the page the hash names.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createClients } from './api/clients';
import { AppContext } from './app-context';
import { Layout } from './components/layout';
import { useI18n } from './i18n/i18n-context';
import { CandidatesPage } from './pages/candidates-page';
import { FairPage } from './pages/fair-page';
import { FairsPage } from './pages/fairs-page';
import { OpportunitiesPage } from './pages/opportunities-page';
import { OpportunityEditPage } from './pages/opportunity-edit-page';
import { PeoplePage } from './pages/people-page';
import { PersonOptionsPage } from './pages/person-options-page';
import { ProfileEditPage } from './pages/profile-edit-page';
import { RestrictedRecordPage } from './pages/restricted-record-page';
import { SignInPage } from './pages/sign-in-page';
import { homeOf, MENU, parseRoute, type Route } from './routes';
import { clearSession, loadSession, saveSession, type Session } from './session';
import { useHash } from './use-hash';

export function App() {
  const { language, t } = useI18n();
  const [session, setSession] = useState<Session | null>(loadSession);
  const current = useRef({ key: session?.key ?? null, language });
  current.current = { key: session?.key ?? null, language };
  const clients = useMemo(() => createClients({ key: () => current.current.key, language: () => current.current.language }), []);
  const hash = useHash();
  const route = parseRoute(hash);

  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);
  useEffect(() => {
    if (session && !route) location.hash = homeOf(session.role);
  }, [session, route]);

  if (!session) {
    return (
      <SignInPage
        clients={clients}
        onSignedIn={(s) => {
          saveSession(s);
          current.current.key = s.key;
          setSession(s);
          location.hash = homeOf(s.role);
        }}
      />
    );
  }
  const signOut = () => {
    clearSession();
    setSession(null);
    location.hash = '';
  };
  return (
    <AppContext.Provider value={{ session, clients }}>
      <Layout onSignOut={signOut}>{route && <Page route={route} allowed={MENU[session.role].map((m) => m.hash)} />}</Layout>
    </AppContext.Provider>
  );
}

function Page({ route, allowed }: { route: Route; allowed: string[] }) {
  const { t } = useI18n();
  const open = (hash: string) => allowed.includes(hash);
  switch (route.page) {
    case 'people':
      return open('#/people') ? <PeoplePage /> : <NotFound />;
    case 'person':
      return open('#/people') ? <PersonOptionsPage id={route.id} /> : <NotFound />;
    case 'profile_new':
      return open('#/people') ? <ProfileEditPage /> : <NotFound />;
    case 'profile_edit':
      return open('#/people') ? <ProfileEditPage key={route.id} id={route.id} /> : <NotFound />;
    case 'restricted':
      return open('#/people') ? <RestrictedRecordPage key={route.id} id={route.id} /> : <NotFound />;
    case 'opportunities':
      return open('#/opportunities') ? <OpportunitiesPage /> : <NotFound />;
    case 'opportunity':
      return open('#/opportunities') ? <CandidatesPage id={route.id} /> : <NotFound />;
    case 'opportunity_new':
      return open('#/opportunities') ? <OpportunityEditPage /> : <NotFound />;
    case 'opportunity_edit':
      return open('#/opportunities') ? <OpportunityEditPage key={route.id} id={route.id} /> : <NotFound />;
    case 'fairs':
      return open('#/fairs') ? <FairsPage /> : <NotFound />;
    case 'fair':
      return open('#/fairs') ? <FairPage key={route.id} id={route.id} created={route.created} /> : <NotFound />;
    case 'admin':
      return <p>{t('navAdminNote')}</p>;
    default:
      return <NotFound />;
  }
}

function NotFound() {
  const { t } = useI18n();
  return <p role="alert">{t('notFound')}</p>;
}
