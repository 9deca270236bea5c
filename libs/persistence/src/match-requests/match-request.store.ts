import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { deriveFacts, type DerivedFacts, type Principal, type ProfileMatchingView, type StoredMatchDocument, type StoredSections } from '@app/contracts';
import type { Weights } from '@app/matching';
import { DataSource } from 'typeorm';
import { sectionsView } from '../profiles/profile-sections';

/** `match_requests.payload`: the merged weights and, for a draft, its stored-form sections and derived facts (nothing else). */
export interface MatchRequestPayload {
  weights: Weights;
  draft?: { sections: StoredSections; facts: DerivedFacts };
}

export interface MatchRequestRow {
  id: string;
  organisationId: string;
  profileId: string | null;
  payload: MatchRequestPayload;
  state: 'queued' | 'done' | 'failed';
  result: StoredMatchDocument | null;
  error: string | null;
  computedAt: string | null;
  expiresAt: string;
}

interface Row {
  id: string;
  organisation_id: string;
  profile_id: string | null;
  payload: MatchRequestPayload;
  state: MatchRequestRow['state'];
  result: StoredMatchDocument | null;
  error: string | null;
  computed_at: Date | null;
  expires_at: Date;
}

/** Reads and the scorer's writes of `match_requests`. Expired rows are invisible before the purge deletes them. */
@Injectable()
export class MatchRequestStore {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async load(id: string): Promise<MatchRequestRow | null> {
    const rows: Row[] = await this.ds.query(
      `SELECT id, organisation_id, profile_id, payload, state, result, error, computed_at, expires_at FROM match_requests WHERE id = $1 AND expires_at > now()`,
      [id],
    );
    return rows[0] ? toRow(rows[0]) : null;
  }

  /** The requesting organisation (or an admin) sees a request; anyone else gets null (404, existence not disclosed). */
  async visible(p: Principal, id: string): Promise<MatchRequestRow | null> {
    const row = await this.load(id);
    return row && (p.role === 'admin' || row.organisationId === p.organisationId) ? row : null;
  }

  async saveResult(id: string, result: StoredMatchDocument): Promise<void> {
    await this.ds.query(`UPDATE match_requests SET state = 'done', result = $2, error = NULL, computed_at = now() WHERE id = $1`, [id, JSON.stringify(result)]);
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.ds.query(`UPDATE match_requests SET state = 'failed', error = $2 WHERE id = $1 AND state <> 'done'`, [id, error.slice(0, 2000)]);
  }

  /** Scheduled purge: drafts and results past their expiry are deleted. */
  async purgeExpired(): Promise<number> {
    // Counted in a SELECT: TypeORM's query() returns [rows, count] for a bare DELETE ... RETURNING.
    const [{ n }]: Array<{ n: number }> = await this.ds.query(`WITH gone AS (DELETE FROM match_requests WHERE expires_at <= now() RETURNING 1) SELECT count(*)::int AS n FROM gone`);
    return n;
  }
}

/** A draft as the engine mapping's input (the request id stands in for a profile id; version 0). */
export function draftMatchingView(row: Pick<MatchRequestRow, 'id' | 'organisationId' | 'payload'>): ProfileMatchingView | null {
  const draft = row.payload.draft;
  if (!draft) return null;
  return { id: row.id, organisationId: row.organisationId, version: 0, sections: sectionsView(draft.sections), facts: draft.facts };
}

/** Derived facts for a draft: an assumed authorisation (no date of birth: adult), or the unrecorded defaults. */
export function draftFacts(a: { kind: DerivedFacts['authorisationKind'] | 'citizen'; allowsWork: boolean | null; allowsTraining: boolean | null; expiresOn: string | null } | undefined, today: string): DerivedFacts {
  return deriveFacts(a ? { authorisationKind: a.kind ?? 'other', allowsWork: a.allowsWork, allowsTraining: a.allowsTraining, expiresOn: a.expiresOn, dateOfBirth: null } : null, today);
}

function toRow(r: Row): MatchRequestRow {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    profileId: r.profile_id,
    payload: r.payload,
    state: r.state,
    result: r.result,
    error: r.error,
    computedAt: r.computed_at ? r.computed_at.toISOString() : null,
    expiresAt: r.expires_at.toISOString(),
  };
}
