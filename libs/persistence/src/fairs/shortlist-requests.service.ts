import { InjectFlowProducer, InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { shortlistAllocateJobId, type CreateShortlist, type Principal, type ShortlistAccepted, type ShortlistState } from '@app/contracts';
import { QUEUES, writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import type { FlowProducer, Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { loadManagedFair } from './fair-access';
import { shortlistFlow } from './shortlist-flow';
import { normaliseShortlistParams, SHORTLIST_CHUNK_SIZE, shortlistParamsHash } from './shortlist-params';

const RUNNING: ShortlistState[] = ['queued', 'scoring', 'allocating'];

/**
 * `POST /fairs/:id/shortlists`: records the request (a snapshot of attendees, opportunities and slots)
 * and starts its flow. Re-posting the same parameters while one runs returns the running one (the fair
 * row lock serialises concurrent requests; a partial unique index backs it up) and re-adds its flow if
 * Redis lost it, so a request whose flow never reached Redis is recovered by asking again.
 * Needs the fairs queue and flow producer: the app provides it (FairsModule).
 */
@Injectable()
export class ShortlistRequests {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectFlowProducer(QUEUES.fairs) private readonly flows: FlowProducer,
    @InjectQueue(QUEUES.fairs) private readonly queue: Queue,
  ) {}

  async request(p: Principal, fairId: string, body: CreateShortlist): Promise<ShortlistAccepted> {
    const params = normaliseShortlistParams(body);
    const hash = shortlistParamsHash(params);
    const { id, state, chunks, created } = await this.ds.transaction(async (m) => {
      await loadManagedFair(m, p, fairId, true);
      const running: Array<{ id: string; state: ShortlistState; chunks_total: number }> = await m.query(
        `SELECT id, state, chunks_total FROM shortlists WHERE fair_id = $1 AND params_hash = $2 AND state = ANY($3::text[])`,
        [fairId, hash, RUNNING],
      );
      if (running[0]) return { id: running[0].id, state: running[0].state, chunks: running[0].chunks_total, created: false };
      const [attendees]: Array<{ ids: string[] | null }> = await m.query(`SELECT array_agg(profile_id ORDER BY profile_id) AS ids FROM fair_attendees WHERE fair_id = $1`, [fairId]);
      const opportunities: Array<{ opportunity_id: string; interview_slots: number }> = await m.query(
        `SELECT opportunity_id, interview_slots FROM fair_opportunities WHERE fair_id = $1 ORDER BY opportunity_id`,
        [fairId],
      );
      const attendeeIds = attendees.ids ?? [];
      if (attendeeIds.length === 0) throw ApiError.conflict('no_attendees', 'Register attendees before asking for shortlists');
      if (opportunities.length === 0) throw ApiError.conflict('no_opportunities', 'Add opportunities with interview slots before asking for shortlists');
      const chunks = Math.ceil(attendeeIds.length / SHORTLIST_CHUNK_SIZE);
      const [row]: Array<{ id: string }> = await m.query(
        `INSERT INTO shortlists (fair_id, params, params_hash, strategy, attendee_ids, opportunity_ids, opportunity_slots, per_attendee_cap, min_score, chunk_size, chunks_total,
                                 requested_by_api_key_id, requested_by_organisation_id, requested_by_role)
         VALUES ($1, $2, $3, $4, $5::uuid[], $6::uuid[], $7::int[], $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          fairId,
          JSON.stringify(params),
          hash,
          params.strategy,
          attendeeIds,
          opportunities.map((o) => o.opportunity_id),
          opportunities.map((o) => params.slotsPerOpportunity ?? o.interview_slots),
          params.maxInterviewsPerAttendee,
          params.minScore,
          SHORTLIST_CHUNK_SIZE,
          chunks,
          p.apiKeyId,
          p.organisationId,
          p.role,
        ],
      );
      await writeOutbox(m, { type: 'shortlist.requested', shortlistId: row.id, fairId });
      return { id: row.id, state: 'queued' as const, chunks, created: true };
    });
    await this.ensureFlow(id, chunks);
    return { shortlistId: id, state, poll: `/shortlists/${id}`, created };
  }

  /** Adds the flow unless its parent job is in Redis already (ids are deterministic: no duplicates either way). */
  private async ensureFlow(shortlistId: string, chunks: number): Promise<void> {
    if (await this.queue.getJob(shortlistAllocateJobId(shortlistId))) return;
    await this.flows.add(shortlistFlow(shortlistId, chunks));
  }
}
