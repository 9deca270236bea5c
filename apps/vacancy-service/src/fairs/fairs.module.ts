import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { QUEUES } from '@app/messaging';
import { CohortRequests, ShortlistRequests } from '@app/persistence';
import { CohortsController } from './cohorts.controller';
import { FairsController } from './fairs.controller';
import { ShortlistPresenter } from './shortlist-presenter';
import { ShortlistsController } from './shortlists.controller';

/** Fairs, shortlists and cohorts; needs the fairs queue (MessagingModule) and its flow producer (registered here, same connection and prefix). */
@Module({
  imports: [BullModule.registerFlowProducer({ name: QUEUES.fairs })],
  controllers: [FairsController, ShortlistsController, CohortsController],
  providers: [ShortlistRequests, CohortRequests, ShortlistPresenter],
})
export class FairsModule {}
