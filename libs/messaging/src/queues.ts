import type { DomainEventType } from '@app/contracts';
import type { DefaultJobOptions } from 'bullmq';

/** Queue names. BullMQ keys are `<QUEUE_PREFIX>:<queue>:...`; names never contain ':'. */
export const QUEUES = {
  /** Domain events relayed from the outbox: the scorer keeps its index and results up to date. */
  events: 'events',
  /** On-demand ranking asked for by an HTTP request that found stale results (high priority). */
  rank: 'rank',
  /** Job fairs and cohorts: shortlist flows (chunked scoring children, one allocation parent) and cohort fills. */
  fairs: 'fairs',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export const ALL_QUEUES: QueueName[] = Object.values(QUEUES);

/** Which queue carries each kind of event. */
export function queueForEvent(_type: DomainEventType): QueueName {
  return QUEUES.events;
}

/**
 * Retried with exponential backoff; completed jobs are kept a day (so a re-sent outbox row with the same
 * jobId is recognised as a duplicate), failed ones a week for inspection.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 24 * 3600, count: 100_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** BullMQ forbids ':' in custom ids and integer-looking ids (they clash with its own counters). */
export function outboxJobId(outboxId: string | number): string {
  return `outbox-${outboxId}`;
}

/** The outbox id a relayed job came from (null for jobs not added by the relay). */
export function outboxIdOfJob(jobId: string | undefined): number | null {
  const m = /^outbox-(\d+)$/.exec(jobId ?? '');
  return m ? Number(m[1]) : null;
}
