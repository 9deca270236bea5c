/**
 * The demo taxonomy shipped with the project (a few hundred ESCO concepts, en + es, in the official
 * ESCO CSV format): the service works without the full download. Built by scripts/taxonomy-build-demo.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of the demo CSV files, from the sources (ts-jest) or from the compiled tree (dist/). */
export function demoDataDir(): string {
  const candidates = [join(__dirname, '..', 'data', 'demo'), join(__dirname, '..', '..', '..', '..', 'libs', 'taxonomy', 'data', 'demo')];
  const found = candidates.find((d) => existsSync(join(d, 'occupations_en.csv')));
  if (!found) throw new Error(`demo taxonomy not found (looked in ${candidates.join(', ')})`);
  return found;
}
