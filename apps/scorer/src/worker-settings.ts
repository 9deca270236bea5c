import { z } from 'zod';

/**
 * Worker lock settings, read once at import (the @Processor decorator needs them before the config
 * module exists). A job whose process died is taken over after its lock expires: shorter locks mean
 * faster recovery, and every job here is short (one person or one opportunity), so renewals never lag.
 * A job may be taken over several times (a rolling restart, a crash loop, a CPU-starved host missing a
 * renewal) before BullMQ fails it as stalled: every job is idempotent, so running it again is safe, and
 * failing it for good would drop the work an event carries.
 */
const Schema = z.object({
  SCORER_LOCK_DURATION_MS: z.coerce.number().int().min(1000).max(600000).default(30000),
  SCORER_STALLED_INTERVAL_MS: z.coerce.number().int().min(1000).max(600000).default(30000),
  SCORER_MAX_STALLED_COUNT: z.coerce.number().int().min(1).max(100).default(5),
});

export function workerSettings(env: NodeJS.ProcessEnv = process.env): { lockDuration: number; stalledInterval: number; maxStalledCount: number } {
  const s = Schema.parse(env);
  return { lockDuration: s.SCORER_LOCK_DURATION_MS, stalledInterval: s.SCORER_STALLED_INTERVAL_MS, maxStalledCount: s.SCORER_MAX_STALLED_COUNT };
}
