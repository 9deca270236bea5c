import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * An incoming id is kept only when it is short and of a safe charset: it is echoed in a header, written
 * to every log line and into job data, so it must not be able to carry newlines, quotes or a payload.
 * A UUID, a ULID or a proxy's hex id all fit.
 */
const ACCEPTABLE = /^[A-Za-z0-9._:-]{1,64}$/;

export function isAcceptableRequestId(value: unknown): value is string {
  return typeof value === 'string' && ACCEPTABLE.test(value);
}

/** The caller's id when acceptable (a repeated header counts as none), otherwise a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return isAcceptableRequestId(header) ? header : randomUUID();
}
