import type { INestApplication } from '@nestjs/common';
import { bullConnection, DEFAULT_JOB_OPTIONS, QUEUES } from '@app/messaging';
import type { AppConfig } from '@app/platform';
import { Job, Queue } from 'bullmq';
import { ScorerModule } from '../../../apps/scorer/src/scorer.module';
import { createTestApp, testConfig } from '../../support/app';
import { createTestDatabase, type TestDatabase } from '../../support/database';

/**
 * A job whose payload breaks the contract can never succeed: it must fail at once (no retries, although
 * the queue's default is 5 attempts with back-off) and stay in the failed set for inspection.
 */
describe('scorer job failures', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let config: AppConfig;
  let queue: Queue;

  beforeAll(async () => {
    db = await createTestDatabase('jobfail');
    config = testConfig(db.url);
    app = await createTestApp(ScorerModule.forRoot(config), config);
    queue = new Queue(QUEUES.events, { connection: bullConnection(config.REDIS_URL), prefix: config.QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS });
  });

  afterAll(async () => {
    await queue?.close();
    await app?.close();
    await db?.drop();
  });

  it('fails a malformed event once, without retrying, and keeps it for inspection', async () => {
    const job = await queue.add('profile.changed', { type: 'profile.changed', profileId: 'not-a-uuid', version: -1 }, { jobId: 'malformed-1' });
    const deadline = Date.now() + 20000;
    let state = await job.getState();
    while (state !== 'failed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      state = await job.getState();
    }
    expect(state).toBe('failed');
    const failed = (await Job.fromId(queue, 'malformed-1'))!;
    expect(failed.opts.attempts).toBe(5);
    expect(failed.attemptsMade).toBe(1);
    expect(failed.failedReason).toMatch(/profileId|invalid/i);
    expect((await queue.getFailed()).map((j) => j.id)).toContain('malformed-1');
  });
});
