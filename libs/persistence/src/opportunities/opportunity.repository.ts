import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Opportunity, OpportunityListQuery, OpportunityPage, Principal } from '@app/contracts';
import { ApiError } from '@app/platform';
import { DataSource } from 'typeorm';
import { mayRead, PUBLISHED_STATUSES } from './opportunity-access';
import { OpportunityEntity } from './opportunity.entity';
import { toOpportunity } from './opportunity.mapper';

/** Reads of opportunities, filtered by what the caller may see. */
@Injectable()
export class OpportunityRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The opportunity, or 404 when it does not exist or the caller may not see it (no existence leak). */
  async getVisible(p: Principal, id: string): Promise<Opportunity> {
    const row = await this.ds.getRepository(OpportunityEntity).findOne({ where: { id } });
    if (!row || !mayRead(p, row)) throw ApiError.notFound('Opportunity');
    return toOpportunity(row);
  }

  /** Keyset pagination on `seq`: stable under concurrent inserts, no OFFSET scans. */
  async list(p: Principal, q: OpportunityListQuery): Promise<OpportunityPage> {
    const qb = this.ds.getRepository(OpportunityEntity).createQueryBuilder('o');
    if (p.role !== 'admin') qb.andWhere('(o.status IN (:...published) OR o.organisation_id = :own)', { published: PUBLISHED_STATUSES, own: p.organisationId });
    if (q.kind) qb.andWhere('o.kind = :kind', { kind: q.kind });
    if (q.status) qb.andWhere('o.status = :status', { status: q.status });
    if (q.organisationId) qb.andWhere('o.organisation_id = :org', { org: q.organisationId });
    if (q.region) qb.andWhere(`(o.region_code = :region OR o.region_code LIKE :regionPrefix)`, { region: q.region, regionPrefix: `${q.region}-%` });
    if (q.occupation) {
      if (/^[0-9]{1,4}$/.test(q.occupation)) qb.andWhere('o.isco_code LIKE :isco', { isco: `${q.occupation}%` });
      else qb.andWhere('o.occupation_uri = :occ', { occ: q.occupation });
    }
    if (q.openNow === true) qb.andWhere(`o.status = 'open' AND (o.application_deadline IS NULL OR o.application_deadline >= current_date) AND o.booked < o.capacity`);
    if (q.openNow === false) qb.andWhere(`NOT (o.status = 'open' AND (o.application_deadline IS NULL OR o.application_deadline >= current_date) AND o.booked < o.capacity)`);
    if (q.cursor) qb.andWhere('o.seq > :cursor', { cursor: q.cursor });
    const rows = await qb.orderBy('o.seq', 'ASC').limit(q.limit + 1).getMany();
    const page = rows.slice(0, q.limit);
    return { items: page.map(toOpportunity), nextCursor: rows.length > q.limit ? String(page[page.length - 1].seq) : null };
  }
}
