import { z } from 'zod';

/**
 * The scorer's scheduled work: demand recompute, what-if purge, outbox pruning (read from the environment; the
 * platform config schema belongs to every app, these only to the scorer).
 */
const Schema = z.object({
  /** How often the demand index is recomputed from open vacancies and indicators (default hourly). */
  DEMAND_RECOMPUTE_EVERY_MS: z.coerce.number().int().min(1000).max(7 * 24 * 3600 * 1000).default(3600 * 1000),
  /** How often expired what-if drafts are deleted (default every 10 minutes). */
  MATCH_REQUESTS_PURGE_EVERY_MS: z.coerce.number().int().min(1000).max(24 * 3600 * 1000).default(600 * 1000),
  /** How often sent outbox rows are pruned (default hourly). */
  OUTBOX_PRUNE_EVERY_MS: z.coerce.number().int().min(1000).max(7 * 24 * 3600 * 1000).default(3600 * 1000),
  /** Sent outbox rows are kept at least this long (default a day; at least an hour, so a replica that has
   * just started and not yet reported its position never needs a row pruned meanwhile). */
  OUTBOX_RETENTION_HOURS: z.coerce.number().int().min(1).max(24 * 365).default(24),
  /** An outbox reader (scorer replica) not heard from for this long no longer holds rows back. */
  OUTBOX_READER_TIMEOUT_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
  /** A demand value must move at least this much (0..1) before the people it concerns are re-ranked. */
  DEMAND_MATERIAL_CHANGE: z.coerce.number().min(0).max(1).default(0.05),
});
export type ScheduleSettings = z.infer<typeof Schema>;

export function scheduleSettings(env: NodeJS.ProcessEnv = process.env): ScheduleSettings {
  return Schema.parse(env);
}
