import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CONSOLE_BUILD, ensureConsoleBuilt } from '../../support/console-stack';

/** The first page (sign-in) loads every script index.html names: under 200 KB gzipped (issue 17). */
describe('console bundle size', () => {
  it('keeps the JavaScript of the first page under 200 KB gzipped', () => {
    ensureConsoleBuilt();
    const html = readFileSync(join(CONSOLE_BUILD, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    // The production build (as `npm run build` makes it), not React's development one: its dev-only warnings are absent.
    for (const file of scripts) expect(readFileSync(join(CONSOLE_BUILD, file), 'utf8')).not.toContain('should have a unique');
    const gzipped = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(join(CONSOLE_BUILD, file)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThan(200 * 1024);
  });
});
