import { ApiError } from '@app/platform';
import type { EntityManager } from 'typeorm';
import { sha256, stableJson } from '../opportunities/stable-json';

export type Claim<T> = { fresh: true; complete: (status: number, body: T) => Promise<void> } | { fresh: false; status: number; body: T };

/**
 * Claims an Idempotency-Key inside the caller's transaction. The first request inserts the key row;
 * a concurrent repeat blocks on the primary key until the first commits (then gets its stored
 * response) or rolls back (then proceeds as the first). The same key with a different body is refused.
 */
export async function claimIdempotencyKey<T>(m: EntityManager, scope: { organisationId: string; endpoint: string; key: string }, request: unknown): Promise<Claim<T>> {
  const hash = sha256(stableJson(request));
  const inserted: unknown[] = await m.query(
    `INSERT INTO idempotency_keys (organisation_id, endpoint, key, request_hash) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING key`,
    [scope.organisationId, scope.endpoint, scope.key, hash],
  );
  if (inserted.length === 1) {
    return {
      fresh: true,
      complete: async (status, body) => {
        await m.query(`UPDATE idempotency_keys SET response_status = $4, response_body = $5 WHERE organisation_id = $1 AND endpoint = $2 AND key = $3`, [
          scope.organisationId,
          scope.endpoint,
          scope.key,
          status,
          JSON.stringify(body),
        ]);
      },
    };
  }
  const [row]: Array<{ request_hash: string; response_status: number | null; response_body: T | null }> = await m.query(
    `SELECT request_hash, response_status, response_body FROM idempotency_keys WHERE organisation_id = $1 AND endpoint = $2 AND key = $3`,
    [scope.organisationId, scope.endpoint, scope.key],
  );
  if (!row || row.request_hash !== hash) {
    throw new ApiError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request body');
  }
  if (row.response_status === null || row.response_body === null) throw ApiError.conflict('idempotency_key_in_progress', 'A request with this Idempotency-Key is still being processed');
  return { fresh: false, status: row.response_status, body: row.response_body };
}
