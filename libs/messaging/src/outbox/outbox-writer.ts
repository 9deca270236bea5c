import { DomainEventSchema, type DomainEvent } from '@app/contracts';
import { currentRequestId } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { queueForEvent } from '../queues';

/**
 * The outbox row's columns, in the order both writers below fill them. `request_id` is the id of the
 * request (or job) whose transaction wrote the row: the relay puts it into the job's data, so the
 * worker's log lines name the request that caused them. Not part of the payload (the event).
 */
const OUTBOX_INSERT = `INSERT INTO outbox (queue, type, payload, request_id)`;

/**
 * For a single statement that makes a change and announces it (a data-modifying CTE): the INSERT of one
 * `type` event per row of `from`, the payload built by `payloadSql` from those rows (ids and versions
 * only), the queue bound as `queueParam` (pass `queueForEvent(type)`) and the request id as
 * `requestIdParam` (pass `currentRequestId() ?? null`). The row's id is drawn after the statement's own
 * UPDATE gave the transaction its xid, which is what the tail needs (see below).
 */
export function outboxInsertFrom(type: DomainEvent['type'], queueParam: string, payloadSql: string, from: string, requestIdParam: string): string {
  return `${OUTBOX_INSERT} SELECT ${queueParam}, '${type}', ${payloadSql}, ${requestIdParam}::text FROM ${from}`;
}

/**
 * Records an event in the outbox using the caller's transaction, so the event exists if and only if the
 * change it announces committed. The payload is validated: ids only, never personal data.
 */
export async function writeOutbox(manager: EntityManager, event: DomainEvent): Promise<string> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('writeOutbox must run inside the transaction that makes the change');
  }
  const payload = DomainEventSchema.parse(event);
  // The transaction must own an xid before the row's id is drawn from the sequence: tail readers
  // (outbox-tail.ts) decide that a skipped id will never appear once every xid below a snapshot's xmax
  // has finished. A transaction whose first write is this insert would otherwise draw the id first.
  await manager.query(`SELECT pg_current_xact_id()`);
  const rows: Array<{ id: string }> = await manager.query(
    `${OUTBOX_INSERT} VALUES ($1, $2, $3, $4) RETURNING id`,
    [queueForEvent(payload.type), payload.type, JSON.stringify(payload), currentRequestId() ?? null],
  );
  return String(rows[0].id);
}
