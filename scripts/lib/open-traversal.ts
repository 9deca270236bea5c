import { chmodSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * PostgreSQL refuses to run as root, so as root the embedded cluster runs as the `postgres` user, which
 * must be able to reach its binaries (node_modules) and its data directory. A checkout under a private
 * directory (root's home is 0700, as is a `mktemp -d` folder) stops it with EACCES. This adds the
 * "others may traverse" bit (o+x: enter by exact name, never list or read) to each directory on those
 * paths that lacks it, and returns the directories it changed so the launcher can say so.
 */
export function openTraversal(paths: readonly string[]): string[] {
  const opened: string[] = [];
  for (const path of paths) {
    for (let dir = resolve(path); ; dir = dirname(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        opened.push(dir);
      }
      if (dirname(dir) === dir) break;
    }
  }
  return [...new Set(opened)];
}
