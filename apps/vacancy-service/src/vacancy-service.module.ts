import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule, QueueBoardModule } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { PlatformModule, type AppConfig } from '@app/platform';
import { TaxonomyModule } from '@app/taxonomy/http';
import { ApiKeysController } from './admin/api-keys.controller';
import { OrganisationsController } from './admin/organisations.controller';
import { OpportunitiesController } from './opportunities/opportunities.controller';
import { OpportunityJsonLdController } from './opportunities/jsonld.controller';
import { PlacementsController } from './placements/placements.controller';
import { ReportsController } from './reports/reports.controller';
import { CandidatesModule } from './candidates/candidates.module';
import { FairsModule } from './fairs/fairs.module';
import { DemandModule } from './demand/demand.module';
import { ReplacementsModule } from './replacements/replacements.module';

export const VACANCY_SERVICE = { service: 'vacancy-service', title: 'Vacancy service', description: 'Organisations, opportunities (job | apprenticeship | training), placements, candidates, job fairs', defaultPort: 3002 };

@Module({})
export class VacancyServiceModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: VacancyServiceModule,
      imports: [PlatformModule.forRoot(config, VACANCY_SERVICE.service), PersistenceModule.forRoot(config, VACANCY_SERVICE.service), MessagingModule.forRoot(config), QueueBoardModule.forRoot(), TaxonomyModule, CandidatesModule, FairsModule, DemandModule, ReplacementsModule],
      controllers: [OrganisationsController, ApiKeysController, OpportunitiesController, OpportunityJsonLdController, PlacementsController, ReportsController],
    };
  }
}
