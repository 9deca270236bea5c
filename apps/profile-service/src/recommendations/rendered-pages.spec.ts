import type { AppConfig } from '@app/platform';
import { RenderedPages } from './rendered-pages';

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

  it('stays within its size bound, least recently used out first', () => {
    const c = pages(1); // 1 MiB of UTF-16: about 500k characters
    const big = 'x'.repeat(200_000);
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
