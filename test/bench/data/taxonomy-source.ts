/**
 * The taxonomy the benchmark data is drawn from: the full official ESCO (../shared/data/esco/v1.1.1-en,
 * or ESCO_DIR) when present, else — only where the caller allows it (small integration sizes) — the
 * demo taxonomy shipped in libs/taxonomy/data/demo. Only the snapshot is built (ids and relations): the
 * label index is not needed to generate or to score.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSnapshot, demoDataDir, readEscoFolders, type TaxonomySnapshot } from '@app/taxonomy';

/** From dist/test/bench/data or test/bench/data: the repository root is where package.json is. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) dir = join(dir, '..');
  return dir;
}

export function fullEscoDir(): string {
  const base = process.env.ESCO_DIR || join(repoRoot(), '..', 'shared', 'data', 'esco');
  return join(base, 'v1.1.1-en');
}

export interface BenchTaxonomy {
  source: 'esco' | 'demo';
  dir: string;
  snapshot: TaxonomySnapshot;
}

/** null when the full ESCO is absent and the demo is not allowed (the caller prints why and skips). */
export async function loadBenchTaxonomy(options: { allowDemo: boolean; preferDemo?: boolean }): Promise<BenchTaxonomy | null> {
  const full = fullEscoDir();
  // Tests in npm test prefer the small shipped demo: reading the full ESCO costs a minute on a loaded 2-core CI.
  const useFull = !options.preferDemo && existsSync(join(full, 'occupations_en.csv'));
  if (!useFull && !options.allowDemo) return null;
  const dir = useFull ? full : demoDataDir();
  return { source: useFull ? 'esco' : 'demo', dir, snapshot: buildSnapshot(await readEscoFolders(dir)) };
}
