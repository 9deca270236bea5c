/** The deployable apps `npm start` runs, with their compiled entry points and default ports. */
export const APPS = [
  { name: 'profile-service', entry: 'apps/profile-service/src/main.js', portVariable: 'PROFILE_SERVICE_PORT', defaultPort: 3001, docs: true },
  { name: 'vacancy-service', entry: 'apps/vacancy-service/src/main.js', portVariable: 'VACANCY_SERVICE_PORT', defaultPort: 3002, docs: true },
  { name: 'scorer', entry: 'apps/scorer/src/main.js', portVariable: 'SCORER_PORT', defaultPort: 3003, docs: false },
] as const;
