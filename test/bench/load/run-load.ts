/** Runs the load process (worker.ts, compiled) as a child and returns its result. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { RESULT_PREFIX, type CannonResult, type CannonSpec, type CycleResult, type CycleSpec, type LoadResult, type LoadSpec } from './spec';

const ROOT = join(__dirname, '..', '..', '..', '..');

export function runLoad(spec: CycleSpec): Promise<CycleResult>;
export function runLoad(spec: CannonSpec): Promise<CannonResult>;
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'paths.js'), join(__dirname, 'worker.js'), JSON.stringify(spec)], { cwd: ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.once('error', reject);
    child.once('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
      if (code !== 0 || !line) return reject(new Error(`load process exited ${code}: ${err}`));
      resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as LoadResult);
    });
  });
}
