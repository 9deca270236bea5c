import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ShortlistFairness, ShortlistReport, ShortlistState, UnplacedAttendee, UnreachableAttendee } from '@app/contracts';
import { DataSource } from 'typeorm';
import { updateReturning } from '../placements/sql';
import type { ShortlistParams } from './shortlist-params';

/** A shortlist as its workers need it: the snapshot taken at request time and the parameters. */
export interface ShortlistWork {
  id: string;
  fairId: string;
  state: ShortlistState;
  params: ShortlistParams;
  attendeeIds: string[];
  opportunityIds: string[];
  opportunitySlots: number[];
  perAttendeeCap: number;
  minScore: number;
  chunkSize: number;
  chunksTotal: number;
  fairDate: string;
  startTime: string;
  slotMinutes: number;
  requestedBy: { apiKeyId: string; organisationId: string; role: 'admin' | 'organiser' };
}

export interface StoredEdge {
  profileId: string;
  opportunityId: string;
  score: number;
}

export interface AssignmentRow {
  opportunityId: string;
  profileId: string;
  rank: number;
  score: number;
  slotIndex: number;
  /** Local wall-clock `YYYY-MM-DDTHH:mm`. */
  startsAt: string;
  endsAt: string;
  reasons: unknown[];
}

/** Scoring is 0..80% of the progress, allocation and the report the rest. */
export const SCORING_PERCENT = 80;
export const ALLOCATING_PERCENT = 85;
const EDGE_BATCH = 5000;

/**
 * The scorer's writes of a shortlist: edges per chunk, progress, results. Every write is an upsert or a
 * replace inside one transaction, so a retried or duplicated job leaves the same rows.
 */
@Injectable()
export class ShortlistStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async load(id: string): Promise<ShortlistWork | null> {
    const rows: Array<Record<string, never>> = await this.ds.query(
      `SELECT s.id, s.fair_id, s.state, s.params, s.attendee_ids, s.opportunity_ids, s.opportunity_slots, s.per_attendee_cap, s.min_score, s.chunk_size, s.chunks_total,
              s.requested_by_api_key_id, s.requested_by_organisation_id, s.requested_by_role,
              f.fair_date::text AS fair_date, to_char(f.start_time, 'HH24:MI') AS start_time, f.slot_minutes
         FROM shortlists s JOIN fairs f ON f.id = s.fair_id WHERE s.id = $1`,
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      id: r.id,
      fairId: r.fair_id,
      state: r.state,
      params: r.params,
      attendeeIds: r.attendee_ids,
      opportunityIds: r.opportunity_ids,
      opportunitySlots: r.opportunity_slots,
      perAttendeeCap: r.per_attendee_cap,
      minScore: r.min_score,
      chunkSize: r.chunk_size,
      chunksTotal: r.chunks_total,
      fairDate: r.fair_date,
      startTime: r.start_time,
      slotMinutes: r.slot_minutes,
      requestedBy: { apiKeyId: r.requested_by_api_key_id, organisationId: r.requested_by_organisation_id, role: r.requested_by_role },
    };
  }

  /** One chunk's edges (replacing what an earlier attempt of the same chunk wrote) and the progress it makes. */
  async saveChunk(id: string, chunk: number, edges: readonly StoredEdge[], counts: { attendees: number; notIndexed: number }, unreachable: readonly UnreachableAttendee[] = []): Promise<{ percent: number }> {
    return this.ds.transaction(async (m) => {
      // Chunks finish concurrently: lock the shortlist first, so the chunk count below (a new statement,
      // so a new snapshot under READ COMMITTED) sees every chunk committed before us. Without the lock
      // two chunks committing together each counted only themselves and progress stopped at 1 of 2.
      await m.query(`SELECT 1 FROM shortlists WHERE id = $1 FOR UPDATE`, [id]);
      await m.query(`DELETE FROM shortlist_edges WHERE shortlist_id = $1 AND chunk = $2`, [id, chunk]);
      for (let i = 0; i < edges.length; i += EDGE_BATCH) {
        const batch = edges.slice(i, i + EDGE_BATCH);
        await m.query(
          `INSERT INTO shortlist_edges (shortlist_id, chunk, profile_id, opportunity_id, score)
           SELECT $1, $2, unnest($3::uuid[]), unnest($4::uuid[]), unnest($5::float8[])
           ON CONFLICT (shortlist_id, profile_id, opportunity_id) DO UPDATE SET score = EXCLUDED.score, chunk = EXCLUDED.chunk`,
          [id, chunk, batch.map((e) => e.profileId), batch.map((e) => e.opportunityId), batch.map((e) => e.score)],
        );
      }
      await m.query(
        `INSERT INTO shortlist_chunks (shortlist_id, chunk, attendees, not_indexed, edges, unreachable) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (shortlist_id, chunk) DO UPDATE SET attendees = EXCLUDED.attendees, not_indexed = EXCLUDED.not_indexed, edges = EXCLUDED.edges, unreachable = EXCLUDED.unreachable, done_at = now()`,
        [id, chunk, counts.attendees, counts.notIndexed, edges.length, JSON.stringify(unreachable)],
      );
      const [row] = await updateReturning<{ percent: number }>(
        m,
        `UPDATE shortlists s SET chunks_done = c.n, updated_at = now(),
                percent = CASE WHEN s.state IN ('queued','scoring') THEN floor(${SCORING_PERCENT} * c.n / greatest(s.chunks_total, 1))::int ELSE s.percent END,
                state = CASE WHEN s.state = 'queued' THEN 'scoring' ELSE s.state END
           FROM (SELECT count(*)::int AS n FROM shortlist_chunks WHERE shortlist_id = $1) c
          WHERE s.id = $1 RETURNING s.percent`,
        [id],
      );
      return { percent: row?.percent ?? 0 };
    });
  }

  async markScoring(id: string): Promise<void> {
    await this.ds.query(`UPDATE shortlists SET state = 'scoring', updated_at = now() WHERE id = $1 AND state = 'queued'`, [id]);
  }

  async markAllocating(id: string): Promise<void> {
    await this.ds.query(`UPDATE shortlists SET state = 'allocating', percent = greatest(percent, ${ALLOCATING_PERCENT}), updated_at = now() WHERE id = $1 AND state IN ('queued','scoring','allocating')`, [id]);
  }

  async edges(id: string): Promise<StoredEdge[]> {
    const rows: Array<{ profile_id: string; opportunity_id: string; score: number }> = await this.ds.query(
      `SELECT profile_id, opportunity_id, score FROM shortlist_edges WHERE shortlist_id = $1`,
      [id],
    );
    return rows.map((r) => ({ profileId: r.profile_id, opportunityId: r.opportunity_id, score: r.score }));
  }

  /** The attendees the chunks found no pair for, and why (chunk order). */
  async unreachable(id: string): Promise<UnreachableAttendee[]> {
    const rows: Array<{ unreachable: UnreachableAttendee[] }> = await this.ds.query(`SELECT unreachable FROM shortlist_chunks WHERE shortlist_id = $1 ORDER BY chunk`, [id]);
    return rows.flatMap((r) => r.unreachable);
  }

  async chunkCounts(id: string): Promise<{ notIndexed: number }> {
    const [r]: Array<{ not_indexed: number }> = await this.ds.query(`SELECT coalesce(sum(not_indexed), 0)::int AS not_indexed FROM shortlist_chunks WHERE shortlist_id = $1`, [id]);
    return { notIndexed: r.not_indexed };
  }

  /** The results replace any earlier attempt's (same rows when the inputs are the same: the allocator is deterministic). */
  async saveResults(
    id: string,
    assignments: readonly AssignmentRow[],
    report: ShortlistReport,
    fairness: ShortlistFairness,
    refs: { skillUris: Record<string, string>; occupationUris: Record<string, string> },
    unplaced: readonly UnplacedAttendee[] = [],
  ): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`DELETE FROM shortlist_assignments WHERE shortlist_id = $1`, [id]);
      for (let i = 0; i < assignments.length; i += EDGE_BATCH) {
        const b = assignments.slice(i, i + EDGE_BATCH);
        await m.query(
          `INSERT INTO shortlist_assignments (shortlist_id, opportunity_id, profile_id, rank, score, slot_index, starts_at, ends_at, reasons)
           SELECT $1, o, p, r, s, si, st, en, re::jsonb
             FROM unnest($2::uuid[], $3::uuid[], $4::int[], $5::float8[], $6::int[], $7::timestamp[], $8::timestamp[], $9::text[]) AS t(o, p, r, s, si, st, en, re)
           ON CONFLICT (shortlist_id, opportunity_id, profile_id) DO UPDATE
             SET rank = EXCLUDED.rank, score = EXCLUDED.score, slot_index = EXCLUDED.slot_index, starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at, reasons = EXCLUDED.reasons`,
          [id, b.map((a) => a.opportunityId), b.map((a) => a.profileId), b.map((a) => a.rank), b.map((a) => a.score), b.map((a) => a.slotIndex), b.map((a) => a.startsAt), b.map((a) => a.endsAt), b.map((a) => JSON.stringify(a.reasons))],
        );
      }
      await m.query(
        `UPDATE shortlists SET state = 'done', percent = 100, report = $2, fairness = $3, skill_uris = $4, occupation_uris = $5, unplaced = $6, error = NULL, updated_at = now(), finished_at = now() WHERE id = $1`,
        [id, JSON.stringify(report), JSON.stringify(fairness), JSON.stringify(refs.skillUris), JSON.stringify(refs.occupationUris), JSON.stringify(unplaced)],
      );
    });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.ds.query(`UPDATE shortlists SET state = 'failed', error = $2, updated_at = now(), finished_at = now() WHERE id = $1 AND state <> 'done'`, [id, error.slice(0, 2000)]);
  }
}
