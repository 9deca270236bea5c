import { cachedSample, withinMs } from './cached-sample';

describe('cachedSample', () => {
  it('reads at most once per window; callers in the window share the read', async () => {
    let t = 0;
    let reads = 0;
    const sample = cachedSample(async () => ++reads, 1000, () => t);
    expect(await Promise.all([sample(), sample()])).toEqual([1, 1]);
    t = 999;
    expect(await sample()).toBe(1);
    t = 1000;
    expect(await sample()).toBe(2);
    expect(reads).toBe(2);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const sample = cachedSample(async () => {
      if (fail) throw new Error('down');
      return 'up';
    });
    await expect(sample()).rejects.toThrow('down');
    fail = false;
    expect(await sample()).toBe('up');
  });
});

describe('withinMs', () => {
  it('rejects once the time is up, naming what did not answer', async () => {
    await expect(withinMs(new Promise(() => undefined), 5, 'Redis')).rejects.toThrow('Redis did not answer within 5 ms');
    expect(await withinMs(Promise.resolve(3), 5, 'x')).toBe(3);
  });
});
