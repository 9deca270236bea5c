import type { RankJob } from '@app/contracts';
import type { RankOutcome, RankRequests } from '@app/persistence';
import { ApiError } from '@app/platform';

/** How long a request waits for the scorer's ranking before answering 202. */
export const RANKED_PEOPLE_WAIT_MS = 2000;

/**
 * The request/response pattern of the employer-side rankings (candidates, replacements): poll an earlier
 * job by id (404 when unknown, failed, or about another opportunity), or queue a new one and wait a
 * bounded time; `pending` means the caller answers 202 with a poll URL carrying the job id.
 */
export async function runOrPoll<T extends { opportunityId: string }>(
  rank: RankRequests,
  job: RankJob & { opportunityId: string },
  pollJobId: string | undefined,
  what: string,
): Promise<Exclude<RankOutcome<T>, { state: 'unavailable' }>> {
  // Rankings of people are computed on request, never stored: with the queue unreachable, a 503.
  if (!pollJobId) {
    const outcome = await rank.run<T>(job, undefined, RANKED_PEOPLE_WAIT_MS);
    if (outcome.state === 'unavailable') throw ApiError.rankingUnavailable();
    return outcome;
  }
  const earlier = await rank.resultOf<T>(pollJobId);
  if (earlier.state === 'unavailable') throw ApiError.rankingUnavailable();
  if (earlier.state === 'missing') throw ApiError.notFound(what);
  if (earlier.state === 'pending') return { state: 'pending', jobId: pollJobId };
  if (earlier.result.opportunityId !== job.opportunityId) throw ApiError.notFound(what);
  return { state: 'completed', jobId: pollJobId, result: earlier.result };
}
