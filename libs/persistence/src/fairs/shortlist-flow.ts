import { shortlistAllocateJobId, shortlistScoreJobId, type FairsJob } from '@app/contracts';
import { DEFAULT_JOB_OPTIONS, QUEUES, withRequestId } from '@app/messaging';
import type { FlowJob } from 'bullmq';

/**
 * The BullMQ flow of one shortlist: a `shortlist.allocate` parent that runs once every
 * `shortlist.score` child (one chunk of attendees each) has completed. Ids derive from the shortlist id,
 * so adding the same flow again (a retried request) adds nothing twice. A child that fails for good fails
 * the parent, which marks the shortlist failed. Every job carries the id of the request that asked.
 */
export function shortlistFlow(shortlistId: string, chunks: number): FlowJob {
  const parent: FairsJob = { type: 'shortlist.allocate', shortlistId };
  return {
    name: parent.type,
    queueName: QUEUES.fairs,
    data: withRequestId(parent),
    opts: { ...DEFAULT_JOB_OPTIONS, jobId: shortlistAllocateJobId(shortlistId) },
    children: Array.from({ length: chunks }, (_, chunk) => {
      const data: FairsJob = { type: 'shortlist.score', shortlistId, chunk };
      return { name: data.type, queueName: QUEUES.fairs, data: withRequestId(data), opts: { ...DEFAULT_JOB_OPTIONS, jobId: shortlistScoreJobId(shortlistId, chunk), failParentOnFailure: true } };
    }),
  };
}
