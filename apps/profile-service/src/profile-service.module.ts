import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { PlatformModule, type AppConfig } from '@app/platform';
import { ProfilesController } from './profiles/profiles.controller';
import { RestrictedRecordController } from './profiles/restricted-record.controller';
import { TaxonomyModule } from '@app/taxonomy/http';
import { RecommendationsModule } from './recommendations/recommendations.module';
import { MatchRequestsModule } from './match-requests/match-requests.module';

export const PROFILE_SERVICE = { service: 'profile-service', title: 'Profile service', description: 'People: profile, restricted record, consent, recommendations (case managers)', defaultPort: 3001 };

@Module({})
export class ProfileServiceModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ProfileServiceModule,
      imports: [PlatformModule.forRoot(config, PROFILE_SERVICE.service), PersistenceModule.forRoot(config, PROFILE_SERVICE.service), MessagingModule.forRoot(config), TaxonomyModule, RecommendationsModule, MatchRequestsModule],
      controllers: [ProfilesController, RestrictedRecordController],
    };
  }
}
