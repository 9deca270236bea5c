import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
export const CONSOLE_BUILD = join(ROOT, 'dist', 'console');

/** The newest modification time of the files under `dir`. */
function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The console as `npm run build` leaves it; built here when a test runs before any build, or when a
 * file of apps/console is newer than the build (a browser test must never drive yesterday's console).
 */
export function ensureConsoleBuilt(): void {
  const index = join(CONSOLE_BUILD, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestUnder(join(ROOT, 'apps', 'console'))) return;
  // NODE_ENV=production as `npm run build` has it: jest sets `test`, with which Vite bundles React's
  // development build (1.7 times the size), and the bundle-size test would measure the wrong file.
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', join(ROOT, 'apps', 'console', 'vite.config.mts'), '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
