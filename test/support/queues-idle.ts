import { bullConnection, QUEUES } from '@app/messaging';
import { Queue } from 'bullmq';
import { TEST_REDIS_URL } from './env';
import { waitFor } from './wait';

/** No event or rank job waiting or running on this prefix: the background re-ranks earlier steps caused are done. */
export async function queuesIdle(queuePrefix: string): Promise<void> {
  const connection = bullConnection(TEST_REDIS_URL);
  const queues = [QUEUES.events, QUEUES.rank].map((name) => new Queue(name, { connection, prefix: queuePrefix }));
  try {
    await waitFor('queues idle', async () => {
      for (const q of queues) {
        const n = await q.getJobCounts('waiting', 'active', 'prioritized'); // not delayed: the schedulers always keep their next run
        if (n.waiting + n.active + n.prioritized > 0) return false;
      }
      return true;
    });
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}
