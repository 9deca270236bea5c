import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EXIT_REASONS, PLACEMENT_STATUSES, type ProgrammeReport, type Principal, type Ratio } from '@app/contracts';
import { ApiError } from '@app/platform';
import { DataSource } from 'typeorm';
import { mayRead } from '../opportunities/opportunity-access';

type Scope = ProgrammeReport['scope'];

/**
 * The figures programmes report to funders, computed in SQL over placements (definitions in
 * contracts/placements/report.ts). Who sees what:
 * - admins: everything;
 * - the employer / provider that owns the opportunity (or the organisation): every placement on it;
 * - case managers: only the placements of their own organisation's people (`restrictedTo: own_people`),
 *   on opportunities they can see or where their people are placed;
 * - anyone else: 404 for an opportunity they cannot see, 403 otherwise.
 */
@Injectable()
export class ProgrammeReportService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async forOpportunity(p: Principal, opportunityId: string): Promise<ProgrammeReport> {
    const [o]: Array<{ organisation_id: string; status: string }> = await this.ds.query(`SELECT organisation_id, status FROM opportunities WHERE id = $1`, [opportunityId]);
    if (!o) throw ApiError.notFound('Opportunity');
    const owned = { organisationId: o.organisation_id, status: o.status as never };
    if (p.role === 'admin' || (p.role === 'employer' && o.organisation_id === p.organisationId)) {
      return this.compute({ kind: 'opportunity', id: opportunityId, restrictedTo: 'all' }, `pl.opportunity_id = $1`, [opportunityId]);
    }
    if (p.role === 'case_manager') {
      const [own] = await this.ds.query(`SELECT 1 FROM placements WHERE opportunity_id = $1 AND organisation_id = $2 LIMIT 1`, [opportunityId, p.organisationId]);
      if (!own && !mayRead(p, owned)) throw ApiError.notFound('Opportunity');
      return this.compute({ kind: 'opportunity', id: opportunityId, restrictedTo: 'own_people' }, `pl.opportunity_id = $1 AND pl.organisation_id = $2`, [opportunityId, p.organisationId]);
    }
    if (!mayRead(p, owned)) throw ApiError.notFound('Opportunity');
    throw ApiError.forbidden('Programme reports are for the organisation that offers the opportunity');
  }

  async forOrganisation(p: Principal, organisationId: string): Promise<ProgrammeReport> {
    if (p.role !== 'admin' && p.organisationId !== organisationId) throw ApiError.forbidden('Reports cover your own organisation only');
    const [org] = await this.ds.query(`SELECT 1 FROM organisations WHERE id = $1`, [organisationId]);
    if (!org) throw ApiError.notFound('Organisation');
    // Employers: placements on their opportunities. Case managers: their people's placements. Admins: both sides.
    if (p.role === 'employer') return this.compute({ kind: 'organisation', id: organisationId, restrictedTo: 'all' }, `o.organisation_id = $1`, [organisationId]);
    if (p.role === 'case_manager') return this.compute({ kind: 'organisation', id: organisationId, restrictedTo: 'own_people' }, `pl.organisation_id = $1`, [organisationId]);
    return this.compute({ kind: 'organisation', id: organisationId, restrictedTo: 'all' }, `(o.organisation_id = $1 OR pl.organisation_id = $1)`, [organisationId]);
  }

  private async compute(scope: Scope, where: string, params: unknown[]): Promise<ProgrammeReport> {
    const from = `FROM placements pl JOIN opportunities o ON o.id = pl.opportunity_id WHERE ${where}`;
    const ratio = (num: string, den: string) =>
      `json_build_object('numerator', count(*) FILTER (WHERE ${num}), 'denominator', count(*) FILTER (WHERE ${den}),
                         'rate', round(count(*) FILTER (WHERE ${num})::numeric / NULLIF(count(*) FILTER (WHERE ${den}), 0), 4))`;
    const [totals] = await this.ds.query(
      `SELECT count(*)::int AS total,
              ${ratio('pl.placed_at IS NOT NULL', 'pl.referred_at IS NOT NULL')} AS placement_rate,
              ${ratio(`pl.status = 'completed'`, 'pl.started_at IS NOT NULL')} AS completion_rate,
              ${ratio('pl.placed_at IS NOT NULL AND pl.employed_at_3_months', 'pl.placed_at IS NOT NULL AND pl.employed_at_3_months IS NOT NULL')} AS retention_3,
              ${ratio('pl.placed_at IS NOT NULL AND pl.employed_at_6_months', 'pl.placed_at IS NOT NULL AND pl.employed_at_6_months IS NOT NULL')} AS retention_6,
              ${ratio(`pl.status = 'completed' AND pl.hired_after_training`, `pl.status = 'completed' AND pl.hired_after_training IS NOT NULL`)} AS hired
         ${from}`,
      params,
    );
    const byStatusRows: Array<{ status: string; n: number }> = await this.ds.query(`SELECT pl.status, count(*)::int AS n ${from} GROUP BY pl.status`, params);
    const reasonRows: Array<{ reason: string; n: number }> = await this.ds.query(`SELECT pl.reason, count(*)::int AS n ${from} AND pl.status = 'dropped_out' GROUP BY pl.reason`, params);
    const byStatus = Object.fromEntries(PLACEMENT_STATUSES.map((s) => [s, byStatusRows.find((r) => r.status === s)?.n ?? 0])) as ProgrammeReport['byStatus'];
    const dropoutReasons = Object.fromEntries(EXIT_REASONS.map((s) => [s, reasonRows.find((r) => r.reason === s)?.n ?? 0])) as ProgrammeReport['dropoutReasons'];
    const toRatio = (r: { numerator: number; denominator: number; rate: number | string | null }): Ratio => ({ numerator: r.numerator, denominator: r.denominator, rate: r.rate === null ? null : Number(r.rate) });
    return {
      scope,
      total: totals.total,
      byStatus,
      placementRate: toRatio(totals.placement_rate),
      completionRate: toRatio(totals.completion_rate),
      dropoutReasons,
      retention3Months: toRatio(totals.retention_3),
      retention6Months: toRatio(totals.retention_6),
      hiredAfterTraining: toRatio(totals.hired),
    };
  }
}
