import { ApiError } from '../errors/api-error';

export const AUTH_FAILURES = Symbol('AUTH_FAILURES');

/**
 * Failed authentications per client address in a one-minute fixed window, in process memory: past the
 * limit the address gets 429 (even with a right key) until the window ends, so guessing keys from one
 * address is slow; the per-key limiter cannot see that flood (each guess is another key). Per process,
 * at most 10,000 addresses (the oldest window dropped first). 0 = off.
 */
export class AuthFailures {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws 429 when the address used up its failures in this window. */
  assertAllowed(address: string): void {
    if (this.perMinute === 0) return;
    const w = this.current(address);
    if (w && w.count >= this.perMinute) {
      const retryAfter = Math.ceil((w.start + 60_000 - this.now()) / 1000);
      throw new ApiError(429, 'too_many_requests', `Too many failed authentications from this address; try again in ${retryAfter} s`);
    }
  }

  failed(address: string): void {
    if (this.perMinute === 0) return;
    const w = this.current(address);
    if (w) w.count++;
    else {
      if (this.windows.size >= 10_000) this.windows.delete(this.windows.keys().next().value!);
      this.windows.set(address, { start: this.now(), count: 1 });
    }
  }

  private current(address: string): { start: number; count: number } | null {
    const w = this.windows.get(address);
    if (!w) return null;
    if (this.now() - w.start >= 60_000) {
      this.windows.delete(address);
      return null;
    }
    return w;
  }
}
