export * from './placement-overlap';
export * from './replacement-exclusion';
export * from './replacement-placements.repository';
export * from './replacement-list';
export * from './replacement-view.service';

import { ReplacementPlacements } from './replacement-placements.repository';
import { ReplacementViewService } from './replacement-view.service';

/** Replacements after a dropout: the scorer's placement read, the HTTP side's view (PersistenceModule provides them). */
export const REPLACEMENT_PROVIDERS = [ReplacementPlacements, ReplacementViewService];
