import { Module } from '@nestjs/common';
import { RankRequests } from '@app/persistence';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsPresenter } from './recommendations.presenter';
import { RenderedPages } from './rendered-pages';

/** GET /profiles/:id/recommendations; needs the rank queue (MessagingModule) and the taxonomy (TaxonomyModule). */
@Module({
  controllers: [RecommendationsController],
  providers: [RankRequests, RecommendationsPresenter, RenderedPages],
})
export class RecommendationsModule {}
