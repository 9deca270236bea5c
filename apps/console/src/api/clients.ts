// Typed clients of the two services, from the committed OpenAPI types (docs/openapi/*.d.ts). Both go
// through the console's own origin (/api/profile, /api/vacancy: see scripts/lib/console-server.ts).
import createClient, { type Middleware } from 'openapi-fetch';
import type { paths as ProfilePaths } from '../../../../docs/openapi/profile-service';
import type { paths as VacancyPaths } from '../../../../docs/openapi/vacancy-service';

export interface Credentials {
  key: () => string | null;
  language: () => 'es' | 'en';
}

/** Every request carries the key and the interface language (explanations come back in it). */
function authAndLanguage(credentials: Credentials): Middleware {
  return {
    onRequest({ request }) {
      const key = credentials.key();
      if (key) request.headers.set('Authorization', `Bearer ${key}`);
      request.headers.set('Accept-Language', credentials.language());
      return request;
    },
  };
}

export function createClients(credentials: Credentials) {
  const origin = globalThis.location?.origin ?? 'http://127.0.0.1:3000';
  const profiles = createClient<ProfilePaths>({ baseUrl: `${origin}/api/profile` });
  const vacancies = createClient<VacancyPaths>({ baseUrl: `${origin}/api/vacancy` });
  profiles.use(authAndLanguage(credentials));
  vacancies.use(authAndLanguage(credentials));
  return { profiles, vacancies };
}

export type Clients = ReturnType<typeof createClients>;
