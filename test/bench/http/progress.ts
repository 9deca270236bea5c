/**
 * How far the scorer is behind, read from the service database and the scorer's /metrics: people whose
 * stored results are older than their profile, the profile versions written so far, and the
 * profile.changed events the scorer has handled.
 */
import type { Pool } from 'pg';
import { scorerMetrics, sleep, type AppProcess } from './apps';

/** Active people whose stored results are missing or computed at an older profile version. */
export async function staleCount(pool: Pool): Promise<number> {
  const [{ n }] = (
    await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM profiles p LEFT JOIN match_results r ON r.profile_id = p.id WHERE p.status = 'active' AND (r.profile_version IS NULL OR r.profile_version < p.version)`,
    )
  ).rows;
  return n;
}

/** Sum of every profile's version: each accepted PATCH adds exactly one. */
export async function versionSum(pool: Pool): Promise<number> {
  const [{ s }] = (await pool.query<{ s: string }>(`SELECT coalesce(sum(version), 0)::bigint AS s FROM profiles`)).rows;
  return Number(s);
}

export interface ScorerCounters {
  profileChanged: number;
  ranks: number;
  rankMs: number;
  outboxUnsent: number;
}

export async function scorerCounters(scorer: AppProcess): Promise<ScorerCounters> {
  const m = await scorerMetrics(scorer);
  return {
    profileChanged: m.get('scorer_jobs_processed_total{type="profile.changed"}') ?? 0,
    ranks: m.get('scorer_ranks_total') ?? 0,
    rankMs: m.get('scorer_rank_ms_total') ?? 0,
    outboxUnsent: m.get('outbox_unsent') ?? 0,
  };
}

/**
 * Waits until the scorer has handled one profile.changed event per PATCH written since the start
 * (`patches`) and no person is stale, so a phase does not inherit the previous phase's backlog.
 * Returns false when `timeoutMs` passed first.
 */
export async function drain(pool: Pool, scorer: AppProcess, patches: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const c = await scorerCounters(scorer);
    if (c.outboxUnsent === 0 && c.profileChanged >= patches && (await staleCount(pool)) === 0) return true;
    await sleep(500);
  }
  return false;
}
