import { writeOutbox } from '@app/messaging';
import { ApiError } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { updateReturning } from './sql';

/**
 * Seat accounting on `opportunities.booked`, always inside the placement's transaction.
 * Taking a seat is one conditional UPDATE: of any number of concurrent attempts, PostgreSQL lets
 * exactly `capacity - booked` succeed (each waits for the row lock, then re-checks `booked < capacity`
 * on the committed value); the others get 0 rows -> 409 capacity_full. The CHECK (booked <= capacity)
 * backs it up. An open opportunity whose last seat is taken becomes `filled`, and `open` again when a
 * seat is freed. Both bump the opportunity's version and announce it.
 */
export async function takeSeat(m: EntityManager, opportunityId: string): Promise<void> {
  const [taken] = await updateReturning<{ version: number }>(
    m,
    `UPDATE opportunities
        SET booked = booked + 1,
            status = CASE WHEN status = 'open' AND booked + 1 >= capacity THEN 'filled' ELSE status END,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND booked < capacity
      RETURNING version`,
    [opportunityId],
  );
  if (!taken) throw ApiError.conflict('capacity_full', 'Every seat of this opportunity is taken; the placement was not made');
  await writeOutbox(m, { type: 'opportunity.changed', opportunityId, version: taken.version });
}

export async function freeSeat(m: EntityManager, opportunityId: string, placementId: string): Promise<void> {
  const [freed] = await updateReturning<{ version: number }>(
    m,
    `UPDATE opportunities
        SET booked = booked - 1,
            status = CASE WHEN status = 'filled' THEN 'open' ELSE status END,
            version = version + 1, updated_at = now()
      WHERE id = $1 AND booked > 0
      RETURNING version`,
    [opportunityId],
  );
  if (!freed) throw new Error(`seat accounting broken: opportunity ${opportunityId} has no booked seat to free`);
  await writeOutbox(m, { type: 'opportunity.changed', opportunityId, version: freed.version });
  await writeOutbox(m, { type: 'seat.freed', opportunityId, placementId });
}
