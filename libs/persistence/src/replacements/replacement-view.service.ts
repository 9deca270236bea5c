import { Injectable } from '@nestjs/common';
import type { RankedReplacementsResult } from '@app/contracts';
import { CandidateViewService } from '../matching/candidate-view.service';
import { epochDayToIso, todayEpochDay } from '../matching/engine-mapping';
import { assembleReplacements, type ReplacementList } from './replacement-list';

/**
 * GET /opportunities/:id/replacements, after the scorer's job: the employer's view of its order. The
 * listed and the skipped people go through the candidates' consent filter and masking in one query
 * (the skipped ones only to know whether they may be counted), then assembleReplacements.
 */
@Injectable()
export class ReplacementViewService {
  constructor(private readonly candidates: CandidateViewService) {}

  async present(opportunityId: string, result: RankedReplacementsResult, limit: number, now = Date.now()): Promise<ReplacementList> {
    const people = [...result.results, ...(result.skipped ?? []).map((s) => ({ personId: s.personId, score: 0, components: {} }))];
    const visible = await this.candidates.present(opportunityId, people, people.length);
    return assembleReplacements(result, new Map(visible.map((c) => [c.profileId, c])), limit, epochDayToIso(todayEpochDay(now)));
  }
}
