import { workerSettings } from './worker-settings';

describe('workerSettings', () => {
  it('lets a job be taken over several times before BullMQ fails it as stalled (its default is once)', () => {
    expect(workerSettings({})).toEqual({ lockDuration: 30000, stalledInterval: 30000, maxStalledCount: 5 });
    expect(workerSettings({ SCORER_MAX_STALLED_COUNT: '2', SCORER_LOCK_DURATION_MS: '3000' })).toMatchObject({ lockDuration: 3000, maxStalledCount: 2 });
  });

  it('refuses nonsense', () => {
    expect(() => workerSettings({ SCORER_MAX_STALLED_COUNT: '0' })).toThrow();
  });
});
