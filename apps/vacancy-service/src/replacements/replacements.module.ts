import { Module } from '@nestjs/common';
import { RankRequests } from '@app/persistence';
import { CandidatesModule } from '../candidates/candidates.module';
import { ReplacementsController } from './replacements.controller';

/** GET /opportunities/:id/replacements; needs the rank queue (MessagingModule). */
@Module({
  imports: [CandidatesModule],
  controllers: [ReplacementsController],
  providers: [RankRequests],
})
export class ReplacementsModule {}
