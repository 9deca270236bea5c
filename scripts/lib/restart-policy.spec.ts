import { RestartPolicy } from './restart-policy';

describe('RestartPolicy', () => {
  const o = { baseDelayMs: 500, maxDelayMs: 4000, stableAfterMs: 60_000, maxCrashes: 5, windowMs: 60_000 };

  it('restarts at once, then backs off exponentially up to the maximum', () => {
    const p = new RestartPolicy({ ...o, maxCrashes: 100 });
    const delays: number[] = [];
    let now = 0;
    for (let i = 0; i < 7; i++) {
      p.started(now);
      now += 1000; // up one second each time: not stable
      const d = p.crashed(now);
      if (d.action !== 'restart') throw new Error('gave up');
      delays.push(d.delayMs);
      now += d.delayMs + 20_000; // crashes spread out: never a loop
    }
    expect(delays).toEqual([0, 500, 1000, 2000, 4000, 4000, 4000]);
  });

  it('starts the back-off again after the app stayed up long enough', () => {
    const p = new RestartPolicy(o);
    p.started(0);
    expect(p.crashed(1000)).toMatchObject({ action: 'restart', delayMs: 0 });
    p.started(1000);
    expect(p.crashed(2000)).toMatchObject({ action: 'restart', delayMs: 500 });
    p.started(2500);
    expect(p.crashed(2500 + 120_000)).toMatchObject({ action: 'restart', delayMs: 0, attempt: 1 });
  });

  it('gives up on a crash loop: maxCrashes within the window', () => {
    const p = new RestartPolicy(o);
    const decisions = [0, 1, 2, 3, 4].map((i) => {
      p.started(i * 1000);
      return p.crashed(i * 1000 + 100).action;
    });
    expect(decisions).toEqual(['restart', 'restart', 'restart', 'restart', 'give_up']);
  });

  it('crashes older than the window do not count towards a loop', () => {
    const p = new RestartPolicy(o);
    for (let i = 0; i < 10; i++) {
      p.started(i * 30_000);
      expect(p.crashed(i * 30_000 + 100).action).toBe('restart');
    }
  });
});
