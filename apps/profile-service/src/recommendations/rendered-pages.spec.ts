import { randomBytes } from 'node:crypto';
import { constants, gunzipSync, gzipSync } from 'node:zlib';
import type { AppConfig } from '@app/platform';
import { RenderedPages } from './rendered-pages';

const pages = (mb: number) => new RenderedPages({ RECOMMENDATIONS_CACHE_MB: mb } as AppConfig);
const text = (b: Buffer | undefined) => b?.toString('utf8');

describe('RenderedPages', () => {
  it('serves a page only for the stored results it was rendered from', () => {
    const c = pages(1);
    c.set('p1|es|*', 'v3|i10|t1', '{"a":1}');
    expect(c.has('p1|es|*')).toBe(true);
    expect(text(c.get('p1|es|*', 'v3|i10|t1'))).toBe('{"a":1}');
    expect(c.get('p1|es|*', 'v3|i11|t1')).toBeUndefined(); // re-ranked since
    expect(c.get('p1|en|*', 'v3|i10|t1')).toBeUndefined(); // another language
  });

  it('keeps the body UTF-8 encoded, once: what is sent, byte for byte', () => {
    const c = pages(1);
    const body = c.set('k', 's', '{"t":"Panadería, año, €"}');
    expect(body.toString('utf8')).toBe('{"t":"Panadería, año, €"}');
    expect(c.get('k', 's')).toBe(body); // the same buffer on every answer
  });

  it('stays within its size bound (bytes of the bodies), least recently used out first', () => {
    const c = pages(1); // 1 MiB
    const big = 'ñ'.repeat(200_000); // 400 kB in UTF-8: two fit, three do not
    c.set('a', 's', big);
    c.set('b', 's', big);
    c.get('a', 's'); // a is now the most recently used
    c.set('c', 's', big);
    expect(text(c.get('a', 's'))).toBe(big);
    expect(c.get('b', 's')).toBeUndefined();
    expect(text(c.get('c', 's'))).toBe(big);
  });

  it('RECOMMENDATIONS_CACHE_MB=0 keeps nothing (and still hands back the body to send)', () => {
    const c = pages(0);
    expect(text(c.set('a', 's', '{}'))).toBe('{}');
    expect(c.enabled).toBe(false);
    expect(c.has('a')).toBe(false);
    expect(c.get('a', 's')).toBeUndefined();
  });
});

describe('RenderedPages.gzipped', () => {
  const json = JSON.stringify({ items: Array.from({ length: 50 }, (_, i) => ({ title: `Panadería ${i}`, score: i })) });

  it("compresses at zlib's fastest level (the first read after each change pays for it)", () => {
    const c = pages(1);
    const body = c.set('k', 's1', json);
    const zipped = c.gzipped('k', 's1', body);
    expect(zipped.equals(gzipSync(body, { level: constants.Z_BEST_SPEED }))).toBe(true);
    expect(zipped.equals(gzipSync(body))).toBe(false); // the default level makes other bytes
  });

  it('compresses a current page once and keeps the copy while the page is current', () => {
    const c = pages(1);
    const body = c.set('k', 's1', json);
    const first = c.gzipped('k', 's1', body);
    expect(gunzipSync(first).toString()).toBe(json);
    expect(c.gzipped('k', 's1', body)).toBe(first); // the same buffer, not compressed again
    const newer = c.set('k', 's2', json); // re-rendered from newer results: the old copy goes with the old page
    expect(c.gzipped('k', 's2', newer)).not.toBe(first);
  });

  it('compresses for one answer when there is no current page to keep it with', () => {
    const off = pages(0);
    expect(gunzipSync(off.gzipped('k', 's', off.set('k', 's', json))).toString()).toBe(json);
    const c = pages(1);
    c.set('k', 'old', '{"a":1}');
    const body = Buffer.from(json);
    const once = c.gzipped('k', 'new', body);
    expect(gunzipSync(once).toString()).toBe(json);
    expect(c.gzipped('k', 'new', body)).not.toBe(once);
  });

  it('counts the compressed copy towards the size bound', () => {
    const c = pages(1);
    // Random bytes as hex do not compress much: ~500 kB body + ~270 kB gzip + a second 500 kB body > 1 MiB.
    const noisy = JSON.stringify({ x: randomBytes(250_000).toString('hex') });
    const a = c.set('a', 's', noisy);
    c.gzipped('a', 's', a);
    c.set('b', 's', noisy);
    expect(c.get('a', 's')).toBeUndefined();
    expect(c.get('b', 's')).toBeDefined();
  });
});
