import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { MAX_FAIR_SHORTLISTS, type FairShortlists, type Principal, type ShortlistFairness, type ShortlistReport, type ShortlistState, type ShortlistStatus, type UnplacedAttendee } from '@app/contracts';
import { ApiError } from '@app/platform';
import { DataSource } from 'typeorm';
import { loadManagedFair, mayManageFair } from './fair-access';
import { FAIR_CONSENT_SCOPES } from './fair.service';
import type { ShortlistParams } from './shortlist-params';

interface ShortlistRow {
  id: string;
  fair_id: string;
  organisation_id: string;
  state: ShortlistState;
  percent: number;
  params: ShortlistParams;
  chunks_total: number;
  chunks_done: number;
  report: ShortlistReport | null;
  fairness: ShortlistFairness | null;
  skill_uris: Record<string, string> | null;
  occupation_uris: Record<string, string> | null;
  /** Attendees without an interview, and why (null for shortlists finished before it was kept). */
  unplaced: UnplacedAttendee[] | null;
  error: string | null;
  opportunity_ids: string[];
  opportunity_slots: number[];
  created_at: Date;
  finished_at: Date | null;
}

/** The columns a shortlist's summary (status head, a fair's list) is made of. */
type SummaryRow = Pick<ShortlistRow, 'id' | 'fair_id' | 'state' | 'percent' | 'params' | 'error' | 'created_at' | 'finished_at'>;

export interface StoredAssignment {
  opportunityId: string;
  profileId: string;
  rank: number;
  score: number;
  slot: number;
  startsAt: string;
  endsAt: string;
  reasons: Array<Record<string, unknown>>;
}

export interface ShortlistOpportunity {
  id: string;
  title: string;
  organisationId: string;
  slots: number;
}

/** Reads of shortlists for the HTTP side, with the access rules: the fair's organiser and admins see all; an employer one of its own opportunities' lists. */
@Injectable()
export class ShortlistReads {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private async row(id: string): Promise<ShortlistRow | null> {
    const rows: ShortlistRow[] = await this.ds.query(
      `SELECT s.id, s.fair_id, f.organisation_id, s.state, s.percent, s.params, s.chunks_total, s.chunks_done, s.report, s.fairness, s.skill_uris, s.occupation_uris, s.unplaced, s.error,
              s.opportunity_ids, s.opportunity_slots, s.created_at, s.finished_at
         FROM shortlists s JOIN fairs f ON f.id = s.fair_id WHERE s.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The shortlist as its fair's manager sees it, or 404. */
  async managed(p: Principal, id: string): Promise<ShortlistRow> {
    const r = await this.row(id);
    if (!r || !mayManageFair(p, r)) throw ApiError.notFound('Shortlist');
    return r;
  }

  async status(p: Principal, id: string): Promise<ShortlistStatus> {
    return toStatus(await this.managed(p, id));
  }

  /**
   * A fair's shortlists, newest first, for its manager (the fair's 404 otherwise): what an organiser coming
   * back needs to pick one and open its results, without the stored report and audit.
   */
  async listForFair(p: Principal, fairId: string): Promise<FairShortlists> {
    await loadManagedFair(this.ds.manager, p, fairId);
    const rows: Array<SummaryRow & { interviews: number | null }> = await this.ds.query(
      `SELECT id, fair_id, state, percent, params, error, created_at, finished_at, (report->>'interviews')::int AS interviews
         FROM shortlists WHERE fair_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2`,
      [fairId, MAX_FAIR_SHORTLISTS],
    );
    return { items: rows.map((r) => ({ ...summaryOf(r), interviews: r.interviews })) };
  }

  /**
   * Display names of a shortlist's attendees, for its organiser's schedules: only people still active and
   * consenting to be shown (as at registration); never phone, e-mail or the restricted record.
   */
  async attendeeNames(profileIds: readonly string[]): Promise<Map<string, string>> {
    if (profileIds.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.ds.query(
      `SELECT id, personal->>'displayName' AS name FROM profiles
        WHERE id = ANY($1::uuid[]) AND status = 'active' AND personal->>'displayName' IS NOT NULL
          AND (sections->'consent'->'scopes') ?& $2::text[]`,
      [[...new Set(profileIds)], [...FAIR_CONSENT_SCOPES]],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Done, or 409 naming the state (results do not exist before). */
  async finished(p: Principal, id: string): Promise<ShortlistRow & { report: ShortlistReport }> {
    const r = await this.managed(p, id);
    return assertDone(r);
  }

  /** For an employer: the shortlist row when one of the employer's opportunities takes part (else 404). */
  async forEmployer(p: Principal, id: string, opportunityId: string): Promise<{ row: ShortlistRow & { report: ShortlistReport }; opportunity: ShortlistOpportunity }> {
    const r = await this.row(id);
    const idx = r ? r.opportunity_ids.indexOf(opportunityId) : -1;
    if (!r || idx < 0) throw ApiError.notFound('Shortlist');
    const [o] = await this.opportunities([opportunityId], [r.opportunity_slots[idx]]);
    const mayRead = p.role === 'admin' || mayManageFair(p, r) || (p.role === 'employer' && o?.organisationId === p.organisationId);
    if (!o || !mayRead) throw ApiError.notFound('Shortlist');
    return { row: assertDone(r), opportunity: o };
  }

  async opportunities(ids: readonly string[], slots: readonly number[]): Promise<ShortlistOpportunity[]> {
    const rows: Array<{ id: string; title: string; organisation_id: string }> = await this.ds.query(`SELECT id, title, organisation_id FROM opportunities WHERE id = ANY($1::uuid[])`, [[...ids]]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.flatMap((id, i) => {
      const r = byId.get(id);
      return r ? [{ id, title: r.title, organisationId: r.organisation_id, slots: slots[i] }] : [];
    });
  }

  /** Assignments ordered by opportunity, then rank; optionally of one opportunity only. */
  async assignments(shortlistId: string, opportunityId?: string): Promise<StoredAssignment[]> {
    const rows: Array<{ opportunity_id: string; profile_id: string; rank: number; score: number; slot_index: number; starts_at: string; ends_at: string; reasons: Array<Record<string, unknown>> }> =
      await this.ds.query(
        `SELECT opportunity_id, profile_id, rank, score, slot_index, to_char(starts_at, 'YYYY-MM-DD"T"HH24:MI') AS starts_at, to_char(ends_at, 'YYYY-MM-DD"T"HH24:MI') AS ends_at, reasons
           FROM shortlist_assignments WHERE shortlist_id = $1 ${opportunityId ? 'AND opportunity_id = $2' : ''} ORDER BY opportunity_id, rank`,
        opportunityId ? [shortlistId, opportunityId] : [shortlistId],
      );
    return rows.map((r) => ({ opportunityId: r.opportunity_id, profileId: r.profile_id, rank: r.rank, score: r.score, slot: r.slot_index, startsAt: r.starts_at, endsAt: r.ends_at, reasons: r.reasons }));
  }
}

function assertDone(r: ShortlistRow): ShortlistRow & { report: ShortlistReport } {
  if (r.state !== 'done' || !r.report) throw ApiError.conflict('shortlist_not_ready', `The shortlist is ${r.state}${r.state === 'failed' ? '' : ` (${r.percent}%)`}: results exist once it is done`);
  return r as ShortlistRow & { report: ShortlistReport };
}

/** What the status and the fair's list both say of a shortlist run. */
function summaryOf(r: SummaryRow) {
  return {
    id: r.id,
    fairId: r.fair_id,
    state: r.state,
    percent: r.percent,
    params: r.params,
    error: r.error,
    createdAt: r.created_at.toISOString(),
    finishedAt: r.finished_at?.toISOString() ?? null,
  };
}

function toStatus(r: ShortlistRow): ShortlistStatus {
  return { ...summaryOf(r), chunksTotal: r.chunks_total, chunksDone: r.chunks_done, report: r.report, fairness: r.fairness };
}
