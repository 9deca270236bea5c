import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm run eval:taxonomy` without the ESCO download: the compiled script (built by the global setup)
 * on the demo taxonomy and the small demo fixture, printing only.
 */
describe('eval:taxonomy script (demo taxonomy, demo fixture)', () => {
  const root = join(__dirname, '..', '..', '..');
  const script = join(root, 'dist', 'scripts', 'eval-taxonomy.js');

  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['-r', join(root, 'scripts', 'paths.js'), script, ...args], { cwd: root, timeout: 120_000 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      });
    });

  it('exits 0 and prints the side-by-side table, the targets and the held-out table', async () => {
    expect(existsSync(script)).toBe(true);
    const { code, stdout, stderr } = await run(['--esco', 'demo', '--fixture', join(root, 'test', 'fixtures', 'taxonomy-eval-demo'), '--no-write']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\| task +\| split +\| lang +\| +n \| +BM25 \| +service \| +ratio \|/);
    for (const task of ['title -> occupation MRR@10', 'title -> occupation R@1', 'title -> occupation R@5', 'title -> occupation R@10', 'sentence -> skills RP@5', 'sentence -> skills R@10', 'sentence -> skills precision', 'sentence -> skills skills extracted per sentence']) {
      expect(stdout).toContain(`| ${task}`);
    }
    expect(stdout).toContain('## Targets (issue 16)');
    expect(stdout).toMatch(/lookup p95 < 20 ms .*\| (yes|NO) +\|/);
    expect(stdout).toContain('Lookup latency, service:');
    expect(stdout).toContain('held-out ESCO labels');
    expect(stdout).not.toContain('written to');
  });

  it('--pool writes the unjudged candidates of the run, shuffled and labelled, for blind judging', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'eval-pool-')), 'pool.json');
    const fixtureDir = join(root, 'test', 'fixtures', 'taxonomy-eval-demo');
    const { code, stdout } = await run(['--esco', 'demo', '--fixture', fixtureDir, '--no-write', '--pool', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('pool candidates written to');
    const pool = JSON.parse(readFileSync(out, 'utf8')) as Array<{ task: string; id: string; text: string; candidates: Array<{ uri: string; en?: string; es?: string }> }>;
    expect(pool.length).toBeGreaterThan(0);
    const gold = new Map<string, string[]>();
    for (const f of ['titles', 'sentences']) for (const r of JSON.parse(readFileSync(join(fixtureDir, `${f}.json`), 'utf8')) as Array<{ id: string; gold: string[] }>) gold.set(`${f} ${r.id}`, r.gold);
    for (const row of pool) {
      expect(gold.has(`${row.task} ${row.id}`)).toBe(true);
      for (const c of row.candidates) {
        expect(gold.get(`${row.task} ${row.id}`)).not.toContain(c.uri);
        expect(c.en || c.es).toBeTruthy();
      }
    }
  });

  it('fails with a message naming the fixture file when it is missing', async () => {
    const { code, stderr } = await run(['--esco', 'demo', '--fixture', join(root, 'test', 'fixtures', 'no-such-fixture'), '--no-write']);
    expect(code).toBe(1);
    expect(stderr).toContain('evaluation fixture file missing');
  });
});
