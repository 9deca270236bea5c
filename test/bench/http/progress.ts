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

/** Summed over the scorer replicas (the outbox count is the database's: the same in each). */
export async function scorerCounters(scorers: AppProcess[]): Promise<ScorerCounters> {
  const all = await Promise.all(scorers.map((s) => scorerMetrics(s)));
  const sum = (name: string) => all.reduce((n, m) => n + (m.get(name) ?? 0), 0);
  return {
    profileChanged: sum('scorer_jobs_processed_total{type="profile.changed"}'),
    ranks: sum('scorer_ranks_total'),
    rankMs: sum('scorer_rank_ms_total'),
    outboxUnsent: all[0].get('outbox_unsent') ?? 0,
  };
}

/**
 * Waits until the scorer has handled one profile.changed event per PATCH written since the start
 * (`patches`) and no person is stale, so a phase does not inherit the previous phase's backlog.
 * Returns false when `timeoutMs` passed first.
 */
export async function drain(pool: Pool, scorers: AppProcess[], patches: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const c = await scorerCounters(scorers);
    if (c.outboxUnsent === 0 && c.profileChanged >= patches && (await staleCount(pool)) === 0) return true;
    await sleep(500);
  }
  return false;
}
