import { Module } from '@nestjs/common';
import { RankRequests } from '@app/persistence';
import { CandidatesController } from './candidates.controller';

/** GET /opportunities/:id/candidates; needs the rank queue (MessagingModule). */
@Module({
  controllers: [CandidatesController],
  providers: [RankRequests],
})
export class CandidatesModule {}
