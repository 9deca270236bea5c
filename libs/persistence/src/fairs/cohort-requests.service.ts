import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { cohortJobId, type Cohort, type CreateCohort, type ErrorDetail, type FairsJob, type Principal } from '@app/contracts';
import { DEFAULT_JOB_OPTIONS, QUEUES, withRequestId, writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { mayRead } from '../opportunities/opportunity-access';
import type { CohortReport } from './cohort-store';

/**
 * `POST /cohorts` (case managers, organisers, admins): a group of people and several apprenticeship or
 * training programmes; the scorer fills the seats left (capacity - booked) with allocateCohort and stores
 * a waiting list per programme. People need consent to matching; case managers may group only their own
 * organisation's people. The job id derives from the cohort id. Needs the fairs queue (FairsModule).
 */
@Injectable()
export class CohortRequests {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectQueue(QUEUES.fairs) private readonly queue: Queue,
  ) {}

  async request(p: Principal, body: CreateCohort): Promise<Cohort> {
    const profileIds = [...new Set(body.profileIds)];
    const opportunityIds = [...new Set(body.opportunityIds)];
    const id = await this.ds.transaction(async (m) => {
      const people: Array<{ id: string; organisation_id: string; consented: boolean }> = await m.query(
        `SELECT id, organisation_id, (sections->'consent'->'scopes') ? 'matching' AS consented FROM profiles WHERE id = ANY($1::uuid[]) AND status = 'active'`,
        [profileIds],
      );
      const programmes: Array<{ id: string; organisation_id: string; status: 'draft' | 'open' | 'closed' | 'filled'; kind: string }> = await m.query(
        `SELECT id, organisation_id, status, kind FROM opportunities WHERE id = ANY($1::uuid[])`,
        [opportunityIds],
      );
      const person = new Map(people.map((r) => [r.id, r]));
      const programme = new Map(programmes.map((r) => [r.id, r]));
      const details: ErrorDetail[] = [];
      body.profileIds.forEach((pid, i) => {
        const r = person.get(pid);
        if (!r || (p.role === 'case_manager' && r.organisation_id !== p.organisationId)) details.push({ path: `profileIds.${i}`, message: 'profile not found', code: 'profile_not_found' });
        else if (!r.consented) details.push({ path: `profileIds.${i}`, message: 'no consent to matching', code: 'consent_missing' });
      });
      body.opportunityIds.forEach((oid, i) => {
        const r = programme.get(oid);
        if (!r || !mayRead(p, { organisationId: r.organisation_id, status: r.status })) details.push({ path: `opportunityIds.${i}`, message: 'opportunity not found', code: 'opportunity_not_found' });
        else if (r.kind === 'job') details.push({ path: `opportunityIds.${i}`, message: 'cohorts fill apprenticeship or training seats, not jobs', code: 'not_a_programme' });
      });
      if (details.length > 0) throw ApiError.badRequest('cohort_rejected', 'The cohort cannot be created', details.slice(0, 500));
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO cohorts (organisation_id, name, profile_ids, opportunity_ids, min_score, requested_by_api_key_id) VALUES ($1, $2, $3::uuid[], $4::uuid[], $5, $6) RETURNING id`,
        [p.organisationId, body.name, profileIds.sort(), opportunityIds.sort(), body.minScore, p.apiKeyId],
      );
      await writeOutbox(m, { type: 'cohort.requested', cohortId: row.id });
      return row.id;
    });
    const job: FairsJob = { type: 'cohort.allocate', cohortId: id };
    await this.queue.add(job.type, withRequestId(job), { ...DEFAULT_JOB_OPTIONS, jobId: cohortJobId(id) });
    return this.get(p, id);
  }

  /** The creating organisation and admins see a cohort. */
  async get(p: Principal, id: string): Promise<Cohort> {
    const rows: Array<{ id: string; organisation_id: string; name: string; state: Cohort['state']; report: Cohort['report']; error: string | null }> = await this.ds.query(
      `SELECT id, organisation_id, name, state, report, error FROM cohorts WHERE id = $1`,
      [id],
    );
    const c = rows[0];
    if (!c || (p.role !== 'admin' && c.organisation_id !== p.organisationId)) throw ApiError.notFound('Cohort');
    const seats: Array<{ opportunity_id: string; profile_id: string; status: 'placed' | 'waiting'; position: number; score: number }> = await this.ds.query(
      `SELECT opportunity_id, profile_id, status, position, score FROM cohort_seats WHERE cohort_id = $1 ORDER BY opportunity_id, status, position`,
      [id],
    );
    const { seatsByProgramme: seatsOf = {}, ...report } = (c.report ?? {}) as Partial<CohortReport>;
    const byProgramme = new Map<string, Cohort['programmes'][number]>(Object.entries(seatsOf).map(([oid, n]) => [oid, { opportunityId: oid, seats: n, placed: [], waitingList: [] }]));
    for (const s of seats) {
      const prog = byProgramme.get(s.opportunity_id) ?? { opportunityId: s.opportunity_id, seats: 0, placed: [], waitingList: [] };
      (s.status === 'placed' ? prog.placed : prog.waitingList).push({ profileId: s.profile_id, position: s.position, score: s.score });
      byProgramme.set(s.opportunity_id, prog);
    }
    return { id: c.id, name: c.name, state: c.state, poll: `/cohorts/${c.id}`, report: c.report ? (report as NonNullable<Cohort['report']>) : null, programmes: [...byProgramme.values()], error: c.error };
  }
}
