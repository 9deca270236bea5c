import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTraversal } from './open-traversal';

describe('openTraversal', () => {
  it('adds o+x to private directories on the way (and only that bit), leaves files and open directories alone', () => {
    const root = mkdtempSync(join(tmpdir(), 'trav-'));
    try {
      const privateDir = join(root, 'home');
      const inner = join(privateDir, 'project', 'node_modules');
      mkdirSync(inner, { recursive: true });
      chmodSync(privateDir, 0o700);
      chmodSync(join(privateDir, 'project'), 0o755);
      writeFileSync(join(inner, 'secret'), 'x', { mode: 0o600 });
      chmodSync(root, 0o700);

      const opened = openTraversal([inner]);
      expect(opened).toEqual(expect.arrayContaining([privateDir, root]));
      expect(opened).not.toContain(join(privateDir, 'project'));
      expect(statSync(privateDir).mode & 0o777).toBe(0o701);
      expect(statSync(root).mode & 0o777).toBe(0o701);
      expect(statSync(join(inner, 'secret')).mode & 0o777).toBe(0o600);
      expect(openTraversal([inner])).toEqual([]); // nothing left to open
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
