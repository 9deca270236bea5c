import { DynamicModule, Global, Inject, Module, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule, getDataSourceToken } from '@nestjs/typeorm';
import { API_KEY_LOOKUP, ReadinessRegistry, type AppConfig } from '@app/platform';
import { DataSource } from 'typeorm';
import { createDataSource } from './data-source';
import { ApiKeyRepository } from './repositories/api-key.repository';
import { OrganisationRepository } from './repositories/organisation.repository';
import { OrganisationService } from './services/organisation.service';
import { OpportunityImportService, OpportunityRepository, OpportunityService } from './opportunities';
import { PlacementService } from './placements';
import { ProgrammeReportService } from './reports';
import { PROFILE_PROVIDERS } from './profiles';
import { MATCHING_PROVIDERS } from './matching';
import { FAIR_PROVIDERS } from './fairs';
import { DEMAND_PROVIDERS } from './demand';
import { MATCH_REQUEST_PROVIDERS } from './match-requests';
import { REPLACEMENT_PROVIDERS } from './replacements';
import { OutboxMetrics } from './metrics/outbox.metrics';
import { PgPoolMetrics } from './metrics/pg-pool.metrics';

const REPOSITORIES = [ApiKeyRepository, OrganisationRepository, OrganisationService, OpportunityRepository, OpportunityService, OpportunityImportService, ...PROFILE_PROVIDERS, PlacementService, ProgrammeReportService, ...MATCHING_PROVIDERS, ...FAIR_PROVIDERS, ...DEMAND_PROVIDERS, ...MATCH_REQUEST_PROVIDERS, ...REPLACEMENT_PROVIDERS];

/**
 * The DataSource (migrations are applied by `npm run migrate` / `npm start`, never synchronize), the
 * repositories, and the outbox-lag and pool gauges of the app's /metrics.
 */
@Global()
@Module({})
export class PersistenceModule implements OnModuleInit {
  constructor(
    private readonly readiness: ReadinessRegistry,
    @Inject(getDataSourceToken()) private readonly ds: DataSource,
  ) {}

  static forRoot(config: AppConfig, applicationName: string): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({}),
          dataSourceFactory: async () => createDataSource(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, applicationName }).initialize(),
        }),
      ],
      providers: [...REPOSITORIES, { provide: API_KEY_LOOKUP, useExisting: ApiKeyRepository }, OutboxMetrics, PgPoolMetrics],
      exports: [...REPOSITORIES, API_KEY_LOOKUP],
    };
  }

  onModuleInit(): void {
    this.readiness.register('postgres', async () => {
      await this.ds.query('SELECT 1');
    });
  }
}
