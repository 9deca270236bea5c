import { CohortFill } from './cohort-fill.service';
import { FairScoring } from './fair-scoring.service';
import { FairsProcessor } from './fairs.processor';
import { ShortlistAllocation } from './shortlist-allocation.service';

/** The scorer's job-fair and cohort work (the `fairs` queue); needs ScorerIndex and ScorerMetrics from the scorer module. */
export const FAIRS_WORKER_PROVIDERS = [FairScoring, ShortlistAllocation, CohortFill, FairsProcessor];
