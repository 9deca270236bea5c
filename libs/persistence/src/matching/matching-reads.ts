import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, DataSource } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { INDEXED_OPPORTUNITY_STATUSES } from './engine-mapping';

/** What a recommendations page shows of an opportunity (titles, owner, a programme's commitment). */
export type PresentedOpportunity = Pick<OpportunityEntity, 'id' | 'title' | 'organisationId' | 'schedule' | 'hoursPerWeek' | 'durationWeeks' | 'startDate'>;

/** Reads the scorer needs to build and update its index (rows; the mapping to engine inputs is engine-mapping.ts). */
@Injectable()
export class MatchingReads {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Every opportunity the index holds (open or filled), in pages so a large table does not sit in one result. */
  async *indexableOpportunities(pageSize = 2000): AsyncGenerator<OpportunityEntity[]> {
    let after = '0';
    for (;;) {
      const page = await this.ds
        .getRepository(OpportunityEntity)
        .createQueryBuilder('o')
        .where('o.status IN (:...statuses)', { statuses: [...INDEXED_OPPORTUNITY_STATUSES] })
        .andWhere('o.seq > :after', { after })
        .orderBy('o.seq', 'ASC')
        .limit(pageSize)
        .getMany();
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1].seq;
    }
  }

  async opportunity(id: string): Promise<OpportunityEntity | null> {
    return this.ds.getRepository(OpportunityEntity).findOne({ where: { id } });
  }

  async opportunities(ids: readonly string[]): Promise<OpportunityEntity[]> {
    if (ids.length === 0) return [];
    return this.ds.getRepository(OpportunityEntity).find({ where: { id: In([...ids]) } });
  }

  /**
   * The columns a recommendations page shows, for the few ids it names: one indexed query without entity
   * hydration (it runs on every GET of stored results).
   */
  async presented(ids: readonly string[]): Promise<PresentedOpportunity[]> {
    if (ids.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT id, title, organisation_id, schedule, hours_per_week::float8 AS hours_per_week, duration_weeks, to_char(start_date, 'YYYY-MM-DD') AS start_date
         FROM opportunities WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      organisationId: r.organisation_id as string,
      schedule: r.schedule as PresentedOpportunity['schedule'],
      hoursPerWeek: r.hours_per_week as number | null,
      durationWeeks: r.duration_weeks as number | null,
      startDate: r.start_date as string | null,
    }));
  }

  /** Ids of active people who consented to matching (the index holds only them). */
  async matchingProfileIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(`SELECT id FROM profiles WHERE status = 'active' AND sections->'consent'->'scopes' ? 'matching' ORDER BY id`);
    return rows.map((r) => r.id);
  }
}
