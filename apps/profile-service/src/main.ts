import 'reflect-metadata';
import { runHttpApp } from '@app/platform';
import { PROFILE_SERVICE, ProfileServiceModule } from './profile-service.module';

// Every request here carries a key; remembering keys for 5 s spares a database round trip per request.
// A key revoked through the vacancy service is forgotten here on its invalidation message, at the latest
// 5 s later if the message is lost (docs/architecture.md).
const API_KEY_CACHE = { ttlMs: 5000, maxEntries: 10_000 };

void runHttpApp({ ...PROFILE_SERVICE, apiKeyCache: API_KEY_CACHE }, (config) => ProfileServiceModule.forRoot(config));
