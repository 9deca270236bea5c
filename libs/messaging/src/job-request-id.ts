import { currentRequestId, isAcceptableRequestId } from '@app/platform';

/**
 * Job data may carry the id of the request that caused the job (`requestId`, next to the payload's
 * fields; an id, never personal data), so the worker's log lines for the job can be joined with the
 * request's. The payload schemas in libs/contracts are strict and know nothing of it: producers add it
 * with withRequestId, workers take it off with jobPayload before parsing.
 */
const KEY = 'requestId';

/** `data` with the current request's id (or the one given) added; unchanged outside a request or job. */
export function withRequestId<T extends object>(data: T, requestId: string | null | undefined = currentRequestId()): T & { requestId?: string } {
  return requestId ? { ...data, [KEY]: requestId } : data;
}

/** The request id a job's data carries, if any (and well-formed). */
export function requestIdOfJob(job: { data?: unknown } | undefined): string | undefined {
  const data = job?.data;
  const id = data && typeof data === 'object' ? (data as Record<string, unknown>)[KEY] : undefined;
  return isAcceptableRequestId(id) ? id : undefined;
}

/** A job's data without the request id: what the payload schema parses. */
export function jobPayload(job: { data?: unknown } | undefined): unknown {
  const data = job?.data;
  if (!data || typeof data !== 'object' || !(KEY in data)) return data;
  const { [KEY]: _requestId, ...payload } = data as Record<string, unknown>;
  return payload;
}
