/** Longest pause between passes while the database or Redis keeps failing. */
const MAX_BACKOFF_MS = 5000;

/** The pause before the next pass: `baseMs`, doubled per consecutive failure, at most 5 s. */
export function backoffMs(baseMs: number, failures: number): number {
  return failures ? Math.min(baseMs * 2 ** failures, MAX_BACKOFF_MS) : baseMs;
}

/**
 * Sleeps `ms`, or less when the `wake` handed to `setWake` is called first (a poke after a local write,
 * stop(), a new waiter): the polling loops of the outbox relay and tail.
 */
export function pauseUnlessWoken(ms: number, setWake: (wake: () => void) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const t = setTimeout(resolve, ms);
    setWake(() => {
      clearTimeout(t);
      resolve();
    });
  });
}
