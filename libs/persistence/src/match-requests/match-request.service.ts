import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateMatchRequest, MatchRequestAccepted, Principal, RankWhatIfJob } from '@app/contracts';
import { DEFAULT_WEIGHTS, InvalidWeightsError, mergeWeights, type Weights } from '@app/matching';
import { QUEUES, withRequestId } from '@app/messaging';
import { ApiError } from '@app/platform';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { mergeProfile } from '../profiles/profile-sections';
import { ProfileRepository } from '../profiles/profile.repository';
import { draftFacts, type MatchRequestPayload } from './match-request.store';

/** How long a what-if (and its draft) lives before the scheduled purge deletes it. */
export const MATCH_REQUEST_TTL_MINUTES = 60;

export function whatIfJobId(matchRequestId: string): string {
  return `what-if-${matchRequestId}`;
}

/**
 * POST /match-requests: validates the subject (a visible person who consented to matching, or a draft),
 * merges the weights, stores the short-lived row and queues `rank.what_if` with the row id only. A draft
 * never touches `profiles` or the audit log. Needs the rank queue: apps provide it.
 */
@Injectable()
export class MatchRequestService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly profiles: ProfileRepository,
    @InjectQueue(QUEUES.rank) private readonly queue: Queue,
  ) {}

  async create(p: Principal, body: CreateMatchRequest, now = new Date()): Promise<MatchRequestAccepted> {
    const weights = checkedWeights(body.weights);
    const payload: MatchRequestPayload = { weights };
    if (body.profileId) {
      const profile = await this.profiles.get(p, body.profileId);
      if (!profile.consent.scopes.includes('matching')) throw ApiError.conflict('no_matching_consent', 'The person has not consented to matching (consent scope "matching")');
    } else if (body.profileDraft) {
      payload.draft = { sections: mergeProfile({ personal: null, sections: {} }, body.profileDraft, now).sections, facts: draftFacts(body.authorisation, now.toISOString().slice(0, 10)) };
    }
    const [row]: Array<{ id: string }> = await this.ds.query(
      `INSERT INTO match_requests (organisation_id, requested_by_api_key_id, profile_id, payload, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5::timestamptz, $5::timestamptz + make_interval(mins => $6::int)) RETURNING id`,
      [p.organisationId, p.apiKeyId, body.profileId ?? null, JSON.stringify(payload), now, MATCH_REQUEST_TTL_MINUTES],
    );
    const job: RankWhatIfJob = { type: 'rank.what_if', matchRequestId: row.id };
    await this.queue.add(job.type, withRequestId(job), { jobId: whatIfJobId(row.id) });
    return { id: row.id, poll: `/match-requests/${row.id}` };
  }
}

/** Defaults merged with the request's weights; 400 with the engine's reason when they cannot be used (e.g. all zero). */
export function checkedWeights(override: Partial<Weights> | undefined): Weights {
  try {
    return mergeWeights(DEFAULT_WEIGHTS, override);
  } catch (err) {
    if (err instanceof InvalidWeightsError) throw ApiError.badRequest('invalid_weights', err.message, [{ path: 'weights', message: err.message, code: 'invalid_weights' }]);
    throw err;
  }
}
