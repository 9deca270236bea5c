import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureConsoleBuilt } from './console-build';
import { startPrefixLog } from './queue-prefixes';

/**
 * Integration and end-to-end tests also start the compiled apps as real processes (start-up checks,
 * crash/restart tests), so compile once before they run. Incremental: fast when nothing changed.
 */
export default function globalSetup(): void {
  startPrefixLog();
  const root = join(__dirname, '..', '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
  // Once, before the workers start: the browser and bundle-size tests read dist/console.
  ensureConsoleBuilt();
}
