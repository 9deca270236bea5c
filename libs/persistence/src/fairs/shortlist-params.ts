import { createHash } from 'node:crypto';
import type { CreateShortlist } from '@app/contracts';

/** Scoring work per child job: enough to amortise a job's overhead, small enough that progress moves and a retry is cheap. */
export const SHORTLIST_CHUNK_SIZE = 200;

export interface ShortlistParams {
  slotsPerOpportunity: number | null;
  maxInterviewsPerAttendee: number;
  minScore: number;
  strategy: CreateShortlist['strategy'];
}

export function normaliseShortlistParams(body: CreateShortlist): ShortlistParams {
  return { slotsPerOpportunity: body.slotsPerOpportunity ?? null, maxInterviewsPerAttendee: body.maxInterviewsPerAttendee, minScore: body.minScore, strategy: body.strategy };
}

/** Same parameters, same hash (keys in a fixed order): what "re-posting the same request" means. */
export function shortlistParamsHash(p: ShortlistParams): string {
  return createHash('sha256').update(JSON.stringify([p.slotsPerOpportunity, p.maxInterviewsPerAttendee, p.minScore, p.strategy])).digest('hex');
}
