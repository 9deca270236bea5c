/**
 * When the launcher restarts a crashed app (scripts/start.ts): at once the first time, then with
 * exponential back-off (0.5 s, 1 s, 2 s, ... at most 30 s), reset once the app has stayed up a minute;
 * after `maxCrashes` crashes within `windowMs` it is a crash loop (a bad configuration, a broken build)
 * and the launcher stops the stack instead of spinning. Pure (time is a parameter) so it is unit-tested.
 */
export interface RestartPolicyOptions {
  baseDelayMs: number;
  maxDelayMs: number;
  /** Up this long, the next crash starts the back-off again. */
  stableAfterMs: number;
  maxCrashes: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicyOptions = { baseDelayMs: 500, maxDelayMs: 30_000, stableAfterMs: 60_000, maxCrashes: 5, windowMs: 60_000 };

export type RestartDecision = { action: 'restart'; delayMs: number; attempt: number } | { action: 'give_up'; crashes: number; windowMs: number };

export class RestartPolicy {
  private crashes: number[] = [];
  private attempt = 0;
  private startedAt = 0;

  constructor(private readonly o: RestartPolicyOptions = DEFAULT_RESTART_POLICY) {}

  /** The app (re)started at `now`. */
  started(now: number): void {
    this.startedAt = now;
  }

  /** The app exited unexpectedly at `now`: restart after a delay, or give up. */
  crashed(now: number): RestartDecision {
    if (now - this.startedAt >= this.o.stableAfterMs) this.attempt = 0;
    this.crashes = this.crashes.filter((t) => now - t < this.o.windowMs);
    this.crashes.push(now);
    if (this.crashes.length >= this.o.maxCrashes) return { action: 'give_up', crashes: this.crashes.length, windowMs: this.o.windowMs };
    const delayMs = this.attempt === 0 ? 0 : Math.min(this.o.maxDelayMs, this.o.baseDelayMs * 2 ** (this.attempt - 1));
    this.attempt++;
    return { action: 'restart', delayMs, attempt: this.attempt };
  }
}
