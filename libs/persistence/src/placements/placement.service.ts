import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreatePlacement, Placement, PlacementListQuery, PlacementOutcome, PlacementTransitionRecord, Principal, TransitionPlacement } from '@app/contracts';
import { writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import { DataSource, EntityManager } from 'typeorm';
import { mayRead, PUBLISHED_STATUSES } from '../opportunities/opportunity-access';
import { appendAudit } from '../profiles/audit-log.service';
import { claimIdempotencyKey } from './idempotency';
import { assertMaySeePlacement, maySeePlacement } from './placement-access';
import { PLACEMENT_SELECT, toPlacement, toTransitionRecord, type PlacementRow, type TransitionRow } from './placement-row';
import { canMove, EMPLOYER_TARGETS, isExit, OUTCOME_STATUSES, SEAT_STATUSES, STAGE_COLUMN } from './pipeline';
import { freeSeat, takeSeat } from './seats';
import { updateReturning } from './sql';

export interface CreatedPlacement {
  placement: Placement;
  /** True when an earlier request with the same Idempotency-Key made it. */
  replayed: boolean;
}

/**
 * Placements: creation (idempotent by key), pipeline transitions with seat accounting, outcomes.
 * Every change writes `placement.changed` (and `seat.freed` / `opportunity.changed` when seats move),
 * a transition record with the confirming API key, and an audit entry, in one transaction.
 */
@Injectable()
export class PlacementService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  create(p: Principal, input: CreatePlacement, idempotencyKey?: string): Promise<CreatedPlacement> {
    return this.ds.transaction(async (m) => {
      const claim = idempotencyKey ? await claimIdempotencyKey<Placement>(m, { organisationId: p.organisationId, endpoint: 'POST /placements', key: idempotencyKey }, input) : null;
      if (claim && !claim.fresh) return { placement: claim.body, replayed: true };

      const personOrganisationId = await this.personOrganisation(m, p, input.profileId);
      const [opp]: Array<{ organisation_id: string; status: string }> = await m.query(`SELECT organisation_id, status FROM opportunities WHERE id = $1`, [input.opportunityId]);
      if (!opp || !mayRead(p, { organisationId: opp.organisation_id, status: opp.status as never })) throw ApiError.notFound('Opportunity');
      if (!PUBLISHED_STATUSES.includes(opp.status as never)) throw ApiError.conflict('opportunity_not_open', `The opportunity is ${opp.status}; people can be proposed to open opportunities only`);

      const inserted: Array<{ id: string }> = await m.query(
        `INSERT INTO placements (opportunity_id, profile_id, organisation_id, status, created_by_api_key_id)
         VALUES ($1, $2, $3, 'suggested', $4)
         ON CONFLICT ON CONSTRAINT placements_opportunity_person_unique DO NOTHING RETURNING id`,
        [input.opportunityId, input.profileId, personOrganisationId, p.apiKeyId],
      );
      if (inserted.length === 0) throw ApiError.conflict('placement_exists', 'This person already has a placement for this opportunity');
      const id = inserted[0].id;
      await this.record(m, p, id, input.opportunityId, null, 'suggested', null, null, 1);
      const placement = toPlacement((await this.row(m, id))!);
      if (claim) await claim.complete(201, placement);
      return { placement, replayed: false };
    });
  }

  /** The person's organisation; 404 unless the caller may act for this (active) profile. */
  private async personOrganisation(m: EntityManager, p: Principal, profileId: string): Promise<string> {
    const [profile]: Array<{ organisation_id: string; status: string }> = await m.query(`SELECT organisation_id, status FROM profiles WHERE id = $1 FOR SHARE`, [profileId]);
    if (!profile || profile.status !== 'active' || (p.role !== 'admin' && profile.organisation_id !== p.organisationId)) throw ApiError.notFound('Profile');
    return profile.organisation_id;
  }

  transition(p: Principal, id: string, t: TransitionPlacement): Promise<Placement> {
    return this.ds.transaction(async (m) => {
      const row = await this.row(m, id, true);
      assertMaySeePlacement(p, row);
      if (p.role === 'employer' && !EMPLOYER_TARGETS.includes(t.to)) throw ApiError.forbidden(`Moving a placement to ${t.to} is for the person's case manager`);
      if (!canMove(row.status, t.to)) throw ApiError.conflict('illegal_transition', `A placement cannot move from ${row.status} to ${t.to}`);

      if (t.to === 'placed') await takeSeat(m, row.opportunity_id);
      const holdsSeat = SEAT_STATUSES.includes(t.to);
      if (row.holds_seat && !holdsSeat) await freeSeat(m, row.opportunity_id, row.id);

      const stage = STAGE_COLUMN[t.to];
      const version = row.version + 1;
      await updateReturning(
        m,
        `UPDATE placements SET status = $2, reason = $3, holds_seat = $4, version = $5, updated_at = now()${stage ? `, ${stage} = coalesce(${stage}, now())` : ''} WHERE id = $1 RETURNING id`,
        [id, t.to, isExit(t.to) ? t.reason : null, holdsSeat, version],
      );
      await this.record(m, p, id, row.opportunity_id, row.status, t.to, t.reason ?? null, t.note ?? null, version);
      return toPlacement((await this.row(m, id))!);
    });
  }

  /** Replaces the outcome (PUT); only once a person was placed. */
  setOutcome(p: Principal, id: string, o: PlacementOutcome): Promise<Placement> {
    return this.ds.transaction(async (m) => {
      const row = await this.row(m, id, true);
      assertMaySeePlacement(p, row);
      if (!OUTCOME_STATUSES.includes(row.status)) throw ApiError.conflict('outcome_not_applicable', `Outcomes are recorded once a person is placed; this placement is ${row.status}`);
      if (o.hiredByOrganisationId) {
        const [org] = await m.query(`SELECT 1 FROM organisations WHERE id = $1`, [o.hiredByOrganisationId]);
        if (!org) throw ApiError.badRequest('organisation_not_found', 'No organisation with this id', [{ path: 'hiredByOrganisationId', message: 'unknown organisation', code: 'not_found' }]);
      }
      const version = row.version + 1;
      await updateReturning(
        m,
        `UPDATE placements SET hired_after_training = $2, hired_by_organisation_id = $3, employed_at_3_months = $4, employed_at_6_months = $5,
                wage_amount = $6, wage_currency = $7, wage_period = $8, outcome_recorded_at = now(), outcome_recorded_by_api_key_id = $9,
                version = $10, updated_at = now()
          WHERE id = $1 RETURNING id`,
        [id, o.hiredAfterTraining, o.hiredByOrganisationId, o.employedAt3Months, o.employedAt6Months, o.wage?.amount ?? null, o.wage?.currency ?? null, o.wage?.period ?? null, p.apiKeyId, version],
      );
      await writeOutbox(m, { type: 'placement.changed', placementId: id, opportunityId: row.opportunity_id, version });
      await appendAudit(m, { actor: p, action: 'placement.outcome_recorded', subjectType: 'placement', subjectId: id, fields: Object.keys(o) });
      return toPlacement((await this.row(m, id))!);
    });
  }

  async get(p: Principal, id: string): Promise<Placement> {
    const row = await this.row(this.ds.manager, id);
    assertMaySeePlacement(p, row);
    return toPlacement(row);
  }

  async history(p: Principal, id: string): Promise<PlacementTransitionRecord[]> {
    assertMaySeePlacement(p, await this.row(this.ds.manager, id));
    const rows: TransitionRow[] = await this.ds.query(`SELECT * FROM placement_transitions WHERE placement_id = $1 ORDER BY id`, [id]);
    return rows.map(toTransitionRecord);
  }

  /** Placements the caller may see, newest first. */
  async list(p: Principal, q: PlacementListQuery): Promise<Placement[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      params.push(v);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (p.role === 'case_manager') add('pl.organisation_id = ?', p.organisationId);
    if (p.role === 'employer') {
      add('o.organisation_id = ?', p.organisationId);
      where.push(`pl.status <> 'suggested'`);
    }
    if (q.opportunityId) add('pl.opportunity_id = ?', q.opportunityId);
    if (q.profileId) add('pl.profile_id = ?', q.profileId);
    if (q.status) add('pl.status = ?', q.status);
    params.push(q.limit);
    const rows: PlacementRow[] = await this.ds.query(`${PLACEMENT_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY pl.created_at DESC, pl.id LIMIT $${params.length}`, params);
    return rows.filter((r) => maySeePlacement(p, r)).map(toPlacement);
  }

  private async row(m: EntityManager, id: string, forUpdate = false): Promise<PlacementRow | undefined> {
    const [row]: PlacementRow[] = await m.query(`${PLACEMENT_SELECT} WHERE pl.id = $1 ${forUpdate ? 'FOR UPDATE OF pl' : ''}`, [id]);
    return row;
  }

  /** The transition record (who confirmed it), the event, and the audit entry of a placement decision. */
  private async record(m: EntityManager, p: Principal, id: string, opportunityId: string, from: string | null, to: string, reason: string | null, note: string | null, version: number): Promise<void> {
    await m.query(
      `INSERT INTO placement_transitions (placement_id, from_status, to_status, reason, note, confirmed_by_api_key_id, confirmed_by_role) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, from, to, reason, note, p.apiKeyId, p.role],
    );
    await writeOutbox(m, { type: 'placement.changed', placementId: id, opportunityId, version });
    await appendAudit(m, { actor: p, action: `placement.${to}`, subjectType: 'placement', subjectId: id, fields: ['status'] });
  }
}
