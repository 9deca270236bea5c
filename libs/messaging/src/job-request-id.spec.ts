import { runWithContext } from '@app/platform';
import { jobPayload, requestIdOfJob, withRequestId } from './job-request-id';

describe('request ids in job data', () => {
  const job = { type: 'rank.what_if', matchRequestId: '9d3c1c0e-8f0a-4f57-9d6e-3f3a2c1b0a99' };

  it('adds the current request id, or the one given; nothing outside a request', () => {
    expect(withRequestId(job)).toEqual(job);
    expect(runWithContext({ requestId: 'req-1' }, () => withRequestId(job))).toEqual({ ...job, requestId: 'req-1' });
    expect(withRequestId(job, 'req-2')).toEqual({ ...job, requestId: 'req-2' });
    expect(runWithContext({ requestId: 'req-1' }, () => withRequestId(job, null))).toEqual(job);
  });

  it('gives workers the payload without it, and the id when well-formed', () => {
    const data = { ...job, requestId: 'req-1' };
    expect(jobPayload({ data })).toEqual(job);
    expect(data.requestId).toBe('req-1'); // the job's own data is left as it is
    expect(jobPayload({ data: job })).toBe(job);
    expect(requestIdOfJob({ data })).toBe('req-1');
    expect(requestIdOfJob({ data: job })).toBeUndefined();
    expect(requestIdOfJob({ data: { requestId: 'bad id\n' } })).toBeUndefined();
    expect(requestIdOfJob(undefined)).toBeUndefined();
  });
});
