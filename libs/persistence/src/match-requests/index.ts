export * from './match-request.store';
export * from './match-request.service';

import { MatchRequestStore } from './match-request.store';

/** Providers that need only the DataSource (PersistenceModule provides them). MatchRequestService needs the rank queue: apps provide it. */
export const MATCH_REQUEST_PROVIDERS = [MatchRequestStore];
