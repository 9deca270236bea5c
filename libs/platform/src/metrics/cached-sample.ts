/**
 * A sampler that asks `read` at most once per `ttlMs`: callers within the window share the same promise
 * (a failed read is not kept). The collectors behind the open, unthrottled /metrics query PostgreSQL and
 * Redis; however often it is called, they cost one query per second. Several gauges fed by one query
 * (the outbox's count and oldest row) share one sample per scrape this way too.
 */
export function cachedSample<T>(read: () => Promise<T>, ttlMs = 1000, now: () => number = Date.now): () => Promise<T> {
  let held: { value: Promise<T>; at: number } | null = null;
  return () => {
    const t = now();
    if (held && t - held.at < ttlMs) return held.value;
    const value = read();
    const entry = { value, at: t };
    held = entry;
    value.catch(() => {
      if (held === entry) held = null;
    });
    return value;
  };
}

/** `work`, or a rejection once `ms` passed (a collector must not hold /metrics while a dependency hangs). */
export function withinMs<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}
