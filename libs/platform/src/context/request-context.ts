import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every log line written on behalf of one request or one job carries: the request id (taken from
 * `X-Request-Id` or generated, and carried in the job data the request caused) and, inside a worker,
 * the job's queue and id. Held in AsyncLocalStorage so code deep in a handler needs no parameter for it.
 */
export interface RequestContext {
  requestId?: string;
  queue?: string;
  jobId?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` (and everything it starts asynchronously) with `context` as the current one. */
export function runWithContext<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** The current context as log fields (pino's `mixin`): none outside a request or job. */
export function contextLogFields(): RequestContext {
  const c = storage.getStore();
  if (!c) return {};
  const out: RequestContext = {};
  if (c.requestId) out.requestId = c.requestId;
  if (c.queue) out.queue = c.queue;
  if (c.jobId) out.jobId = c.jobId;
  return out;
}
