// Rankings and shortlists may answer 202 ("being computed"): ask again until a final answer or a deadline.
export interface Attempt<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export async function untilReady<T>(call: () => Promise<Attempt<T>>, opts: { intervalMs?: number; timeoutMs?: number } = {}): Promise<Attempt<T>> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  for (;;) {
    const attempt = await call();
    if (attempt.response.status !== 202 || Date.now() > deadline) return attempt;
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 500));
  }
}
