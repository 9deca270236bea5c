import { WhatIfService } from './what-if.service';

/** What-if ranking (needs ScorerIndex and ProfileRanker). */
export const WHAT_IF_WORKER_PROVIDERS = [WhatIfService];
