export * from './engine-mapping';
export * from './contact-masking';
export * from './match-results.repository';
export * from './matching-reads';
export * from './candidate-view.service';
export * from './rank-requests.service';

import { CandidateViewService } from './candidate-view.service';
import { MatchingReads } from './matching-reads';
import { MatchResultsRepository } from './match-results.repository';

/** Nest providers of the matching area that need only the DataSource (PersistenceModule provides them). RankRequests needs the rank queue: apps provide it. */
export const MATCHING_PROVIDERS = [MatchResultsRepository, MatchingReads, CandidateViewService];
