export * from './demand-inputs';
export * from './demand-indicator.service';
export * from './demand-view.service';

import { DemandIndicatorService } from './demand-indicator.service';
import { DemandViewService } from './demand-view.service';

/** Providers of the demand area that need only the DataSource (PersistenceModule provides them). */
export const DEMAND_PROVIDERS = [DemandIndicatorService, DemandViewService];
