import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AddFairOpportunities, CreateFair, ErrorDetail, Fair, FairListQuery, FairPage, Principal, RegistrationResult } from '@app/contracts';
import { writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { mayRead } from '../opportunities/opportunity-access';
import { loadManagedFair, type FairRow } from './fair-access';
import { decodeFairCursor, encodeFairCursor } from './fair-cursor';

/** Consent an attendee needs: to be matched, and to be shown (masked) to the employers who interview them. */
export const FAIR_CONSENT_SCOPES = ['matching', 'visible_to_employers'] as const;

/**
 * Fairs, their attendees and participating opportunities (the vacancy service writes them). Every write
 * bumps the fair's version and announces `fair.changed` in the same transaction.
 */
@Injectable()
export class FairService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  create(p: Principal, body: CreateFair): Promise<Fair> {
    return this.ds.transaction(async (m) => {
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO fairs (organisation_id, name, fair_date, start_time, slot_minutes, region_code) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [p.organisationId, body.name, body.date, body.startTime, body.slotMinutes, body.regionCode],
      );
      await writeOutbox(m, { type: 'fair.changed', fairId: row.id, version: 1 });
      return this.present(m, await loadManagedFair(m, p, row.id));
    });
  }

  async get(p: Principal, fairId: string): Promise<Fair> {
    const m = this.ds.manager;
    return this.present(m, await loadManagedFair(m, p, fairId));
  }

  /**
   * The fairs the caller manages, latest fair day first (then the most recently created), keyset-paged
   * on (fair_date, created_at, id): an organiser sees their own organisation's fairs only (asking for
   * another organisation's is 403), an admin everyone's or one organisation's. Each fair as GET
   * /fairs/:id presents it, counted and listed in the same statement.
   */
  async list(p: Principal, q: FairListQuery): Promise<FairPage> {
    if (p.role !== 'admin' && p.role !== 'organiser') throw ApiError.forbidden();
    if (p.role === 'organiser' && q.organisationId !== undefined && q.organisationId !== p.organisationId) throw ApiError.forbidden("Organisers list their own organisation's fairs only");
    const organisationId = p.role === 'organiser' ? p.organisationId : (q.organisationId ?? null);
    const c = q.cursor === undefined ? null : decodeFairCursor(q.cursor);
    const rows: Array<FairRow & { cursor_at: string; attendees: number; opportunities: Array<{ opportunityId: string; interviewSlots: number }> }> = await this.ds.query(
      `SELECT f.id, f.organisation_id, f.name, f.fair_date::text AS fair_date, to_char(f.start_time, 'HH24:MI') AS start_time, f.slot_minutes, f.region_code, f.version, f.created_at,
              to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_at,
              (SELECT count(*)::int FROM fair_attendees a WHERE a.fair_id = f.id) AS attendees,
              COALESCE((SELECT json_agg(json_build_object('opportunityId', o.opportunity_id, 'interviewSlots', o.interview_slots) ORDER BY o.created_at, o.opportunity_id)
                          FROM fair_opportunities o WHERE o.fair_id = f.id), '[]'::json) AS opportunities
         FROM fairs f
        WHERE ($1::uuid IS NULL OR f.organisation_id = $1)
          AND ($2::date IS NULL OR (f.fair_date, f.created_at, f.id) < ($2::date, $3::timestamptz, $4::uuid))
        ORDER BY f.fair_date DESC, f.created_at DESC, f.id DESC
        LIMIT $5`,
      [organisationId, c?.date ?? null, c?.createdAt ?? null, c?.id ?? null, q.limit + 1],
    );
    const page = rows.slice(0, q.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((r) => toFair(r, r.attendees, r.opportunities)),
      nextCursor: rows.length > q.limit && last ? encodeFairCursor({ date: last.fair_date, createdAt: last.cursor_at, id: last.id }) : null,
    };
  }

  /**
   * Registers existing profiles. Every id is checked first (exists, active, consented to matching and to
   * being shown to employers; case managers only their own organisation's people) and any failure is a
   * 400 naming each bad entry by `pathOf(index)`: nothing is half-written.
   */
  registerAttendees(p: Principal, fairId: string, profileIds: readonly string[], pathOf: (i: number) => string = (i) => `profileIds.${i}`): Promise<RegistrationResult> {
    return this.ds.transaction(async (m) => {
      const fair = await this.fairForAttendees(m, p, fairId);
      const distinct = [...new Set(profileIds)];
      const rows: Array<{ id: string; organisation_id: string; status: string; consented: boolean }> = await m.query(
        `SELECT id, organisation_id, status, (sections->'consent'->'scopes') ?& $2::text[] AS consented FROM profiles WHERE id = ANY($1::uuid[])`,
        [distinct, [...FAIR_CONSENT_SCOPES]],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const details: ErrorDetail[] = [];
      profileIds.forEach((id, i) => {
        const r = byId.get(id);
        // A case manager's "not found" also covers other organisations' people (no existence leak).
        if (!r || r.status !== 'active' || (p.role === 'case_manager' && r.organisation_id !== p.organisationId)) {
          details.push({ path: pathOf(i), message: `profile ${id} not found`, code: 'profile_not_found' });
        } else if (!r.consented) {
          details.push({ path: pathOf(i), message: `profile ${id} has not consented to ${FAIR_CONSENT_SCOPES.join(' and ')}`, code: 'consent_missing' });
        }
      });
      if (details.length > 0) throw ApiError.badRequest('attendees_rejected', `${details.length} of ${profileIds.length} attendees cannot be registered; none were`, details.slice(0, 500));
      const inserted: Array<{ profile_id: string }> = await m.query(
        `INSERT INTO fair_attendees (fair_id, profile_id, registered_by_api_key_id) SELECT $1, unnest($2::uuid[]), $3
         ON CONFLICT (fair_id, profile_id) DO NOTHING RETURNING profile_id`,
        [fairId, distinct, p.apiKeyId],
      );
      if (inserted.length > 0) await this.bump(m, fair);
      const [{ n }]: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM fair_attendees WHERE fair_id = $1`, [fairId]);
      return { fairId, registered: inserted.length, alreadyRegistered: distinct.length - inserted.length, attendees: n };
    });
  }

  /** Adds (or changes the slots of) participating opportunities; each must be published (open or filled) or the caller's own. */
  addOpportunities(p: Principal, fairId: string, body: AddFairOpportunities): Promise<Fair> {
    return this.ds.transaction(async (m) => {
      const fair = await loadManagedFair(m, p, fairId, true);
      const ids = body.opportunities.map((o) => o.opportunityId);
      const rows: Array<{ id: string; organisation_id: string; status: 'draft' | 'open' | 'closed' | 'filled' }> = await m.query(
        `SELECT id, organisation_id, status FROM opportunities WHERE id = ANY($1::uuid[])`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const details: ErrorDetail[] = [];
      body.opportunities.forEach((o, i) => {
        const r = byId.get(o.opportunityId);
        if (!r || !mayRead(p, { organisationId: r.organisation_id, status: r.status })) details.push({ path: `opportunities.${i}.opportunityId`, message: 'opportunity not found', code: 'opportunity_not_found' });
      });
      if (new Set(ids).size !== ids.length) details.push({ path: 'opportunities', message: 'an opportunity is listed twice', code: 'duplicate' });
      if (details.length > 0) throw ApiError.badRequest('opportunities_rejected', 'Some opportunities cannot be added; none were', details);
      await m.query(
        `INSERT INTO fair_opportunities (fair_id, opportunity_id, interview_slots) SELECT $1, unnest($2::uuid[]), unnest($3::int[])
         ON CONFLICT (fair_id, opportunity_id) DO UPDATE SET interview_slots = EXCLUDED.interview_slots`,
        [fairId, ids, body.opportunities.map((o) => o.interviewSlots)],
      );
      await this.bump(m, fair);
      return this.present(m, await loadManagedFair(m, p, fairId));
    });
  }

  /** Organisers of the fair and admins register anyone (consent checked); case managers their own people, at any fair they know the id of. */
  private async fairForAttendees(m: EntityManager, p: Principal, fairId: string): Promise<FairRow> {
    if (p.role !== 'case_manager') return loadManagedFair(m, p, fairId, true);
    const asAdmin: Principal = { ...p, role: 'admin' };
    return loadManagedFair(m, asAdmin, fairId, true);
  }

  private async bump(m: EntityManager, fair: FairRow): Promise<void> {
    await m.query(`UPDATE fairs SET version = version + 1, updated_at = now() WHERE id = $1`, [fair.id]);
    await writeOutbox(m, { type: 'fair.changed', fairId: fair.id, version: fair.version + 1 });
  }

  private async present(m: EntityManager, fair: FairRow): Promise<Fair> {
    const [{ n }]: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM fair_attendees WHERE fair_id = $1`, [fair.id]);
    const opportunities: Array<{ opportunity_id: string; interview_slots: number }> = await m.query(
      `SELECT opportunity_id, interview_slots FROM fair_opportunities WHERE fair_id = $1 ORDER BY created_at, opportunity_id`,
      [fair.id],
    );
    return toFair(
      fair,
      n,
      opportunities.map((o) => ({ opportunityId: o.opportunity_id, interviewSlots: o.interview_slots })),
    );
  }
}

function toFair(fair: FairRow, attendees: number, opportunities: Fair['opportunities']): Fair {
  return {
    id: fair.id,
    organisationId: fair.organisation_id,
    name: fair.name,
    date: fair.fair_date,
    startTime: fair.start_time,
    slotMinutes: fair.slot_minutes,
    regionCode: fair.region_code,
    version: fair.version,
    attendees,
    opportunities,
    createdAt: fair.created_at.toISOString(),
  };
}
