import { Module } from '@nestjs/common';
import { RankRequests } from '@app/persistence';
import { ReplacementsController } from './replacements.controller';

/** GET /opportunities/:id/replacements; needs the rank queue (MessagingModule). */
@Module({
  controllers: [ReplacementsController],
  providers: [RankRequests],
})
export class ReplacementsModule {}
