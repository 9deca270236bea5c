import { Module } from '@nestjs/common';
import { MatchRequestService } from '@app/persistence';
import { RecommendationsPresenter } from '../recommendations/recommendations.presenter';
import { MatchRequestsController } from './match-requests.controller';

/** POST /match-requests, GET /match-requests/:id; needs the rank queue (MessagingModule) and the taxonomy. */
@Module({
  controllers: [MatchRequestsController],
  providers: [MatchRequestService, RecommendationsPresenter],
})
export class MatchRequestsModule {}
