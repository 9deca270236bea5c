// npm run bench [-- <name> ...]: runs the compiled benchmarks (test/bench/<name>.bench.ts), one process
// each so their memory and JIT state do not mix. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cliArgs } from './lib/cli-args';

const ROOT = join(__dirname, '..', '..');
const BENCH_DIR = join(ROOT, 'dist', 'test', 'bench');
const available = readdirSync(BENCH_DIR).filter((f) => f.endsWith('.bench.js')).map((f) => f.replace('.bench.js', '')).sort();
const { positionals: wanted } = cliArgs({
  usage: `npm run bench [-- <name> ...]`,
  description: `Runs the compiled benchmarks (one process each); without names every one. Available: ${available.join(', ')}.\nFigures are printed and written to docs/benchmarks.md (BENCH_NO_WRITE=1: printed only).`,
  options: {},
  help: {},
  positionals: true,
});
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length) {
  process.stderr.write(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}\n`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length ? wanted : available) {
  process.stdout.write(`\n=== bench ${name}\n`);
  const r = spawnSync(process.execPath, ['--expose-gc', '-r', join(ROOT, 'scripts', 'paths.js'), join(BENCH_DIR, `${name}.bench.js`)], { stdio: 'inherit', cwd: ROOT });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
