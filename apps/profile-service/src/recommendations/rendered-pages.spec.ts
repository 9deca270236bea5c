import { gunzipSync } from 'node:zlib';
import type { AppConfig } from '@app/platform';
import { heapBytes, RenderedPages } from './rendered-pages';

const pages = (mb: number) => new RenderedPages({ RECOMMENDATIONS_CACHE_MB: mb } as AppConfig);

describe('RenderedPages', () => {
  it('serves a page only for the stored results it was rendered from', () => {
    const c = pages(1);
    c.set('p1|es|*', 'v3|i10|t1', '{"a":1}');
    expect(c.has('p1|es|*')).toBe(true);
    expect(c.get('p1|es|*', 'v3|i10|t1')).toBe('{"a":1}');
    expect(c.get('p1|es|*', 'v3|i11|t1')).toBeUndefined(); // re-ranked since
    expect(c.get('p1|en|*', 'v3|i10|t1')).toBeUndefined(); // another language
  });

  it('counts what a page holds in memory: a byte per Latin-1 character (Spanish included), two otherwise', () => {
    expect(heapBytes('{"t":"Panadería, año"}')).toBe(22);
    expect(heapBytes('{"t":"€"}')).toBe(18);
    const c = pages(1);
    const latin = 'ñ'.repeat(400_000); // 400 kB: two fit in 1 MiB
    c.set('a', 's', latin);
    c.set('b', 's', latin);
    expect(c.get('a', 's')).toBe(latin);
    expect(c.get('b', 's')).toBe(latin);
  });

  it('stays within its size bound, least recently used out first', () => {
    const c = pages(1); // 1 MiB: about a million Latin-1 characters
    const big = 'x'.repeat(400_000);
    c.set('a', 's', big);
    c.set('b', 's', big);
    c.get('a', 's'); // a is now the most recently used
    c.set('c', 's', big);
    expect(c.get('a', 's')).toBe(big);
    expect(c.get('b', 's')).toBeUndefined();
    expect(c.get('c', 's')).toBe(big);
  });

  it('RECOMMENDATIONS_CACHE_MB=0 keeps nothing', () => {
    const c = pages(0);
    c.set('a', 's', '{}');
    expect(c.enabled).toBe(false);
    expect(c.has('a')).toBe(false);
    expect(c.get('a', 's')).toBeUndefined();
  });
});

describe('RenderedPages.gzipped', () => {
  const json = JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ title: `Panadería ${i}`, score: i })) });

  it('compresses a current page once and keeps the copy while the page is current', () => {
    const c = pages(1);
    c.set('k', 's1', json);
    const first = c.gzipped('k', 's1', json);
    expect(gunzipSync(first).toString()).toBe(json);
    expect(c.gzipped('k', 's1', json)).toBe(first); // the same buffer, not compressed again
    c.set('k', 's2', json); // re-rendered from newer results: the old copy goes with the old page
    expect(c.gzipped('k', 's2', json)).not.toBe(first);
  });

  it('compresses for one answer when there is no current page to keep it with', () => {
    const off = pages(0);
    expect(gunzipSync(off.gzipped('k', 's', json)).toString()).toBe(json);
    const c = pages(1);
    c.set('k', 'old', '{"a":1}');
    const once = c.gzipped('k', 'new', json);
    expect(gunzipSync(once).toString()).toBe(json);
    expect(c.gzipped('k', 'new', json)).not.toBe(once);
  });
});
