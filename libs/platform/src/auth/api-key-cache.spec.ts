import { ApiKeyCache } from './api-key-cache';
import type { ApiKeyLookup, StoredApiKey } from './api-key-lookup';

const KEY: StoredApiKey = { id: 'k1', organisationId: 'o1', role: 'case_manager', hash: 'h1' };

/** A lookup over a mutable table that counts its calls; `gate` holds answers back until released. */
function fakeLookup() {
  const table = new Map<string, StoredApiKey>([['aaaaaaaaaaaa', KEY]]);
  let calls = 0;
  let fail = false;
  const lookup: ApiKeyLookup = {
    async findActiveByPrefix(prefix) {
      calls++;
      if (fail) throw new Error('database down');
      return table.get(prefix) ?? null;
    },
  };
  return { lookup, table, calls: () => calls, failNext: (f: boolean) => (fail = f) };
}

describe('ApiKeyCache', () => {
  let now = 0;
  const clock = () => now;
  beforeEach(() => (now = 1_000_000));

  it('asks the database once per TTL, and sees a revocation once the TTL has passed', async () => {
    const db = fakeLookup();
    const cache = new ApiKeyCache(db.lookup, { ttlMs: 5000, maxEntries: 10 }, clock);
    expect(await cache.findActiveByPrefix('aaaaaaaaaaaa')).toEqual(KEY);
    db.table.delete('aaaaaaaaaaaa'); // revoked
    now += 4999;
    expect(await cache.findActiveByPrefix('aaaaaaaaaaaa')).toEqual(KEY);
    expect(db.calls()).toBe(1);
    now += 1;
    expect(await cache.findActiveByPrefix('aaaaaaaaaaaa')).toBeNull();
    expect(db.calls()).toBe(2);
  });

  it('shares one lookup among concurrent requests for the same prefix', async () => {
    const db = fakeLookup();
    const cache = new ApiKeyCache(db.lookup, { ttlMs: 5000, maxEntries: 10 }, clock);
    const found = await Promise.all(Array.from({ length: 20 }, () => cache.findActiveByPrefix('aaaaaaaaaaaa')));
    expect(found.every((k) => k === KEY)).toBe(true);
    expect(db.calls()).toBe(1);
  });

  it('remembers neither unknown prefixes nor failed lookups', async () => {
    const db = fakeLookup();
    const cache = new ApiKeyCache(db.lookup, { ttlMs: 5000, maxEntries: 10 }, clock);
    expect(await cache.findActiveByPrefix('bbbbbbbbbbbb')).toBeNull();
    db.table.set('bbbbbbbbbbbb', { ...KEY, id: 'k2' }); // created just now: works at once
    expect(await cache.findActiveByPrefix('bbbbbbbbbbbb')).toMatchObject({ id: 'k2' });
    db.failNext(true);
    await expect(cache.findActiveByPrefix('cccccccccccc')).rejects.toThrow('database down');
    db.failNext(false);
    expect(await cache.findActiveByPrefix('cccccccccccc')).toBeNull();
    expect(cache.size).toBe(1);
  });

  it('holds at most maxEntries keys, dropping the oldest lookup first', async () => {
    const db = fakeLookup();
    for (const p of ['b', 'c', 'd']) db.table.set(p.repeat(12), { ...KEY, id: p });
    const cache = new ApiKeyCache(db.lookup, { ttlMs: 5000, maxEntries: 2 }, clock);
    for (const p of ['a', 'b', 'c', 'd']) await cache.findActiveByPrefix(p.repeat(12));
    expect(cache.size).toBe(2);
    await cache.findActiveByPrefix('dddddddddddd');
    expect(db.calls()).toBe(4);
    await cache.findActiveByPrefix('aaaaaaaaaaaa');
    expect(db.calls()).toBe(5);
  });
});
