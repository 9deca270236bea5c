import { DemandRefresh } from './demand-refresh.service';
import { DemandScheduler } from './demand-scheduler.service';

/** Demand recompute and the scorer's job schedulers (needs ScorerIndex and MatchingWork). */
export const DEMAND_WORKER_PROVIDERS = [DemandRefresh, DemandScheduler];
