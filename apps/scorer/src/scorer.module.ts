import { DynamicModule, Module } from '@nestjs/common';
import { MessagingModule } from '@app/messaging';
import { PersistenceModule } from '@app/persistence';
import { PlatformModule, type AppConfig } from '@app/platform';
import { EventsProcessor } from './events/events.processor';
import { ScorerIndexMetrics } from './metrics/scorer-index.metrics';
import { ScorerMetrics } from './metrics/scorer-metrics';
import { OutboxReader } from './index/outbox-reader.service';
import { ScorerIndex } from './index/scorer-index.service';
import { MatchingWork } from './ranking/matching-work.service';
import { ProfileRanker } from './ranking/profile-ranker';
import { RankProcessor } from './rank/rank.processor';
import { FAIRS_WORKER_PROVIDERS } from './fairs';
import { DEMAND_WORKER_PROVIDERS } from './demand';
import { WHAT_IF_WORKER_PROVIDERS } from './what-if';
import { ReplacementsService } from './ranking/replacements.service';

export const SCORER = { service: 'scorer', title: 'Scorer', description: 'BullMQ worker: index, scoring, ranking, allocation, demand; relays the outbox. HTTP for health and metrics.', defaultPort: 3003 };

@Module({})
export class ScorerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ScorerModule,
      imports: [PlatformModule.forRoot(config, SCORER.service), PersistenceModule.forRoot(config, SCORER.service), MessagingModule.forRoot(config, { relay: true })],
      // /metrics is PlatformModule's (every app's); the scorer adds its counters and index gauges.
      providers: [ScorerMetrics, ScorerIndexMetrics, ScorerIndex, OutboxReader, ProfileRanker, MatchingWork, EventsProcessor, RankProcessor, ...FAIRS_WORKER_PROVIDERS, ...DEMAND_WORKER_PROVIDERS, ...WHAT_IF_WORKER_PROVIDERS, ReplacementsService],
    };
  }
}
