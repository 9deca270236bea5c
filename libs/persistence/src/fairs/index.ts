export * from './fair-access';
export * from './fair.service';
export * from './shortlist-params';
export * from './shortlist-flow';
export * from './shortlist-requests.service';
export * from './shortlist-store';
export * from './shortlist-reads';
export * from './fairness-labels';
export * from './cohort-requests.service';
export * from './cohort-store';

import { CohortStore } from './cohort-store';
import { FairService } from './fair.service';
import { FairnessLabelReader } from './fairness-labels';
import { ShortlistReads } from './shortlist-reads';
import { ShortlistStore } from './shortlist-store';

/** Providers that need only the DataSource (PersistenceModule provides them). ShortlistRequests and CohortRequests need the fairs queue: apps provide them. */
export const FAIR_PROVIDERS = [FairService, ShortlistStore, ShortlistReads, FairnessLabelReader, CohortStore];
