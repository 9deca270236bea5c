import type { CreatedApiKey } from '@app/contracts';
import { bullConnection, QUEUES } from '@app/messaging';
import { Queue } from 'bullmq';
import { bearer, seedKey } from '../../support/app';
import { TEST_REDIS_URL } from '../../support/env';
import { startInProcessStack, type InProcessStack } from '../../support/in-process-stack';
import { allowWork } from '../../support/allow-work';
import { sleep, waitFor } from '../../support/wait';

/**
 * One database, the profile and vacancy services and the scorer in-process on one queue prefix:
 * HTTP -> PostgreSQL/outbox -> BullMQ -> the scorer's processors -> results -> HTTP.
 */
export interface MatchingWorld extends InProcessStack {
  admin: CreatedApiKey;
  caseManager: CreatedApiKey;
  employer: CreatedApiKey;
  otherEmployer: CreatedApiKey;
  rankQueue: Queue;
}

export async function startMatchingWorld(label: string): Promise<MatchingWorld> {
  const stack = await startInProcessStack(label);
  const { config } = stack;
  const ds = stack.db.dataSource;
  const rankQueue = new Queue(QUEUES.rank, { connection: bullConnection(TEST_REDIS_URL), prefix: config.QUEUE_PREFIX });
  return {
    ...stack,
    admin: await seedKey(ds, 'admin', 'platform', 'Plataforma'),
    caseManager: await seedKey(ds, 'case_manager', 'ngo', 'NGO'),
    employer: await seedKey(ds, 'employer', 'employer_and_training_provider', 'Tienda'),
    otherEmployer: await seedKey(ds, 'employer', 'employer', 'Otra'),
    rankQueue,
    close: async () => {
      await rankQueue.close();
      await stack.close();
    },
  };
}

export async function create(w: MatchingWorld, kind: 'profile' | 'opportunity', body: Record<string, unknown>, key?: CreatedApiKey): Promise<string> {
  const res = kind === 'profile' ? await w.ps().post('/profiles').set(bearer(key ?? w.caseManager)).send(body) : await w.vs().post('/opportunities').set(bearer(key ?? w.employer)).send(body);
  if (res.status !== 201) throw new Error(`create ${kind}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export type StoredOption = { opportunityId: string; score: number; rankScore: number; components: Record<string, number> };

export async function storedOptions(w: MatchingWorld, profileId: string): Promise<StoredOption[] | null> {
  const rows: Array<{ results: { options: StoredOption[] } }> = await w.db.dataSource.query(`SELECT results FROM match_results WHERE profile_id = $1`, [profileId]);
  return rows[0]?.results.options ?? null;
}

export { allowWork, bearer, sleep, waitFor };
