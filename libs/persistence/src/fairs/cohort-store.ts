import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Cohort } from '@app/contracts';
import { DataSource } from 'typeorm';

export interface CohortWork {
  id: string;
  profileIds: string[];
  opportunityIds: string[];
  minScore: number;
}

export interface CohortSeatRow {
  opportunityId: string;
  profileId: string;
  status: 'placed' | 'waiting';
  position: number;
  score: number;
}

export type CohortReport = NonNullable<Cohort['report']> & { seatsByProgramme: Record<string, number> };

/** The scorer's writes of a cohort fill (replace in one transaction: a retried job leaves the same rows), and the waiting lists replacements read. */
@Injectable()
export class CohortStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async load(id: string): Promise<CohortWork | null> {
    const rows: Array<{ id: string; profile_ids: string[]; opportunity_ids: string[]; min_score: number }> = await this.ds.query(
      `SELECT id, profile_ids, opportunity_ids, min_score FROM cohorts WHERE id = $1`,
      [id],
    );
    const r = rows[0];
    return r ? { id: r.id, profileIds: r.profile_ids, opportunityIds: r.opportunity_ids, minScore: r.min_score } : null;
  }

  /** Seats left per programme now (capacity - booked; 0 unless open). */
  async seatsLeft(opportunityIds: readonly string[]): Promise<Map<string, number>> {
    const rows: Array<{ id: string; left: number }> = await this.ds.query(
      `SELECT id, CASE WHEN status = 'open' THEN capacity - booked ELSE 0 END AS left FROM opportunities WHERE id = ANY($1::uuid[])`,
      [[...opportunityIds]],
    );
    return new Map(rows.map((r) => [r.id, r.left]));
  }

  async markAllocating(id: string): Promise<void> {
    await this.ds.query(`UPDATE cohorts SET state = 'allocating' WHERE id = $1 AND state IN ('queued','allocating')`, [id]);
  }

  async saveResults(id: string, seats: readonly CohortSeatRow[], report: CohortReport): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`DELETE FROM cohort_seats WHERE cohort_id = $1`, [id]);
      if (seats.length > 0) {
        await m.query(
          `INSERT INTO cohort_seats (cohort_id, opportunity_id, profile_id, status, position, score)
           SELECT $1, unnest($2::uuid[]), unnest($3::uuid[]), unnest($4::text[]), unnest($5::int[]), unnest($6::float8[])`,
          [id, seats.map((s) => s.opportunityId), seats.map((s) => s.profileId), seats.map((s) => s.status), seats.map((s) => s.position), seats.map((s) => s.score)],
        );
      }
      await m.query(`UPDATE cohorts SET state = 'done', report = $2, error = NULL, finished_at = now() WHERE id = $1`, [id, JSON.stringify(report)]);
    });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.ds.query(`UPDATE cohorts SET state = 'failed', error = $2, finished_at = now() WHERE id = $1 AND state <> 'done'`, [id, error.slice(0, 2000)]);
  }

  /**
   * For replacements (DESIGN: people on the waiting list from the cohort allocation come first): the
   * waiting list of one programme from its most recent finished cohort, in order. Callers still check
   * that each person is available and not placed elsewhere since.
   */
  async waitingList(opportunityId: string): Promise<Array<{ cohortId: string; profileId: string; position: number; score: number }>> {
    const rows: Array<{ cohort_id: string; profile_id: string; position: number; score: number }> = await this.ds.query(
      `SELECT s.cohort_id, s.profile_id, s.position, s.score
         FROM cohort_seats s
        WHERE s.opportunity_id = $1 AND s.status = 'waiting'
          AND s.cohort_id = (SELECT c.id FROM cohorts c JOIN cohort_seats x ON x.cohort_id = c.id AND x.opportunity_id = $1
                              WHERE c.state = 'done' ORDER BY c.finished_at DESC, c.id LIMIT 1)
        ORDER BY s.position`,
      [opportunityId],
    );
    return rows.map((r) => ({ cohortId: r.cohort_id, profileId: r.profile_id, position: r.position, score: r.score }));
  }
}
