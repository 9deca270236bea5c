import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, DataSource } from 'typeorm';
import { OpportunityEntity } from '../opportunities/opportunity.entity';
import { INDEXED_OPPORTUNITY_STATUSES } from './engine-mapping';

/** What a recommendations page shows of an opportunity (titles, owner, a programme's commitment). */
export type PresentedOpportunity = Pick<OpportunityEntity, 'id' | 'title' | 'organisationId' | 'schedule' | 'hoursPerWeek' | 'durationWeeks' | 'startDate'>;

/** A page's opportunities: the shown ones by id, and the title of every one it names (shown ones too). */
export interface PresentedOpportunities {
  opportunities: Map<string, PresentedOpportunity>;
  titles: Map<string, string>;
}

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
   * What a recommendations page shows, in one indexed query without entity hydration (it runs on every
   * render of stored results): the shown columns for the options (`detailed`), the title alone for the
   * other opportunities the page names (`titled`: the excluded list, and covering courses whose titles the
   * stored results lack, i.e. rows written before `courseTitles`, up to ~300 a page). Reading and
   * formatting the shown columns of every named row took ~2.5x as long as titles alone (pgbench, 295 ids:
   * ~4.1 vs ~1.65 ms).
   */
  async presented(detailed: readonly string[], titled: readonly string[] = []): Promise<PresentedOpportunities> {
    const all = [...new Set([...detailed, ...titled])];
    if (all.length === 0) return { opportunities: new Map(), titles: new Map() };
    const rows: Array<Record<string, unknown>> = await this.ds.query(
      `SELECT id, title, d AS detailed, CASE WHEN d THEN organisation_id END AS organisation_id, CASE WHEN d THEN schedule END AS schedule,
              CASE WHEN d THEN hours_per_week::float8 END AS hours_per_week, CASE WHEN d THEN duration_weeks END AS duration_weeks,
              CASE WHEN d THEN to_char(start_date, 'YYYY-MM-DD') END AS start_date
         FROM opportunities, LATERAL (SELECT id = ANY($2::uuid[]) AS d) AS shown
        WHERE id = ANY($1::uuid[])`,
      [all, [...detailed]],
    );
    const out: PresentedOpportunities = { opportunities: new Map(), titles: new Map() };
    for (const r of rows) {
      const id = r.id as string;
      out.titles.set(id, r.title as string);
      if (!r.detailed) continue;
      out.opportunities.set(id, {
        id,
        title: r.title as string,
        organisationId: r.organisation_id as string,
        schedule: r.schedule as PresentedOpportunity['schedule'],
        hoursPerWeek: r.hours_per_week as number | null,
        durationWeeks: r.duration_weeks as number | null,
        startDate: r.start_date as string | null,
      });
    }
    return out;
  }

  /**
   * The newest change committed (the outbox's highest id): what a scorer's index must have applied to
   * answer "as of now". On-request computations (the "why not?" accounting, pages that are not stored)
   * key their jobs with it, so a repeated request reuses the answer until something changes. An index
   * scan of the primary key's last entry.
   */
  async latestChange(): Promise<number> {
    const rows: Array<{ id: string | null }> = await this.ds.query(`SELECT max(id) AS id FROM outbox`);
    return Number(rows[0]?.id ?? 0);
  }

  /** Ids of active people who consented to matching (the index holds only them). */
  async matchingProfileIds(): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.ds.query(`SELECT id FROM profiles WHERE status = 'active' AND sections->'consent'->'scopes' ? 'matching' ORDER BY id`);
    return rows.map((r) => r.id);
  }
}
