import { Module } from '@nestjs/common';
import { RankRequests } from '@app/persistence';
import { RecommendationHeads } from './recommendation-heads';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsPresenter } from './recommendations.presenter';
import { RenderedPages } from './rendered-pages';

/**
 * GET /profiles/:id/recommendations; needs the rank queue (MessagingModule) and the taxonomy
 * (TaxonomyModule). Its in-process heads are invalidated by the profile controllers' writes
 * (ProfileWritesInvalidate, profiles/) and by the InvalidationBus.
 */
@Module({
  controllers: [RecommendationsController],
  providers: [RankRequests, RecommendationsPresenter, RenderedPages, RecommendationHeads],
})
export class RecommendationsModule {}
