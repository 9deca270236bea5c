import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { RankRequests } from '@app/persistence';
import { ProfileWritesInvalidate } from './profile-writes.interceptor';
import { RecommendationHeads } from './recommendation-heads';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsPresenter } from './recommendations.presenter';
import { RenderedPages } from './rendered-pages';

/**
 * GET /profiles/:id/recommendations; needs the rank queue (MessagingModule) and the taxonomy
 * (TaxonomyModule). Also the invalidation of its in-process heads on every profile write of the app.
 */
@Module({
  controllers: [RecommendationsController],
  providers: [RankRequests, RecommendationsPresenter, RenderedPages, RecommendationHeads, { provide: APP_INTERCEPTOR, useClass: ProfileWritesInvalidate }],
})
export class RecommendationsModule {}
