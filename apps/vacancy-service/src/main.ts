import 'reflect-metadata';
import { runHttpApp } from '@app/platform';
import { VACANCY_SERVICE, VacancyServiceModule } from './vacancy-service.module';

// Keys remembered for 5 s as in profile-service: a revocation through DELETE /api-keys/:id is
// forgotten at once here and, over the invalidation bus, in the other processes (docs/architecture.md).
const API_KEY_CACHE = { ttlMs: 5000, maxEntries: 10_000 };

void runHttpApp({ ...VACANCY_SERVICE, apiKeyCache: API_KEY_CACHE }, (config) => VacancyServiceModule.forRoot(config));
