import { Module } from '@nestjs/common';
import { RankRequests } from '@app/persistence';
import { CandidatesController } from './candidates.controller';
import { EmployerReasons } from './employer-reasons';

/** GET /opportunities/:id/candidates; needs the rank queue (MessagingModule). */
@Module({
  controllers: [CandidatesController],
  providers: [RankRequests, EmployerReasons],
  exports: [EmployerReasons],
})
export class CandidatesModule {}
