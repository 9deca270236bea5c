// npm run eval:taxonomy [-- --esco <dir>|demo --fixture <dir> --out <file> --no-write --max <n> --misses]
//
// The quality of text understanding on real-world text: job titles -> occupations and job-ad / case-note
// sentences -> skills from the evaluation set (test/fixtures/taxonomy-eval), the service against a plain
// BM25 search over ESCO labels, with the targets of issue 16; then the older held-out-label evaluation
// as a secondary table. Prints the report and writes it to docs/quality.md (unless --no-write).
//
//   --esco <dir>     ESCO CSV download with v1.1.1-en/ and v1.0-es/ (default ../shared/data/esco next to
//                    the repository); `demo` = the demo taxonomy shipped in libs/taxonomy/data/demo
//   --fixture <dir>  folder with titles.json and sentences.json (default test/fixtures/taxonomy-eval)
//   --out <file>     default docs/quality.md (with --esco demo: only when given); --no-write only prints
//   --max <n>        queries per held-out set (default 2000)
//   --misses         also print the rows where the service or BM25 misses (for error analysis; not written)
//   --pool <file>    write this run's unjudged pool candidates (labels and descriptions included) for blind
//                    judging; the verdicts ({task, id, uri, relevant}) extend judgements.json
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildSnapshot, demoDataDir, readEscoFolders, Taxonomy } from '@app/taxonomy';
import { evaluateFixture, heldOutEvaluation, JudgementPool, poolCandidates, readEvalFixture, renderQuality, type EvaluationReport } from '@app/taxonomy/eval';
import { cliArgs } from './lib/cli-args';

const { values: flags } = cliArgs({
  usage: 'npm run eval:taxonomy -- [--esco <dir>|demo] [--fixture <dir>] [--out <file>] [--no-write] [--max <n>] [--misses] [--pool <file>]',
  description: 'Text understanding on the evaluation set (job titles -> occupations, sentences -> skills): the service against a BM25 baseline over ESCO labels, then the held-out-label table. Prints the report and writes docs/quality.md.',
  options: {
    esco: { type: 'string' },
    fixture: { type: 'string' },
    out: { type: 'string' },
    'no-write': { type: 'boolean' },
    max: { type: 'string' },
    misses: { type: 'boolean' },
    pool: { type: 'string' },
  },
  help: {
    esco: 'ESCO CSV download with v1.1.1-en/ and v1.0-es/ (default ../shared/data/esco), or `demo` for the shipped demo taxonomy',
    fixture: 'folder with titles.json and sentences.json (default test/fixtures/taxonomy-eval)',
    out: 'report file (default docs/quality.md; with --esco demo only when given)',
    'no-write': 'only print the report',
    max: 'queries per held-out set (default 2000)',
    misses: 'also print the rows the service or BM25 misses (error analysis; not written)',
    pool: "write this run's unjudged pool candidates to <file> for blind judging (see test/fixtures/taxonomy-eval/README.md)",
  },
});

/** From dist/scripts or scripts: the repository root is where package.json is. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = join(dir, '..');
    if (up === dir) throw new Error('repository root (package.json) not found');
    dir = up;
  }
  return dir;
}

function arg(name: 'esco' | 'fixture' | 'out' | 'max', fallback: string): string {
  return flags[name] ?? fallback;
}

function misses(report: EvaluationReport): string {
  const lines: string[] = ['', 'Misses (service / BM25 top-10 has no gold; sentences: service found < half its gold):'];
  for (const r of report.runs.titles) {
    const s = r.service.slice(0, 10).some((u) => r.item.gold.includes(u));
    const b = r.bm25.slice(0, 10).some((u) => r.item.gold.includes(u));
    if (!s || !b) lines.push(`  title ${r.item.id} [${r.item.split} ${r.item.lang}] service ${s ? 'hit' : 'MISS'}, bm25 ${b ? 'hit' : 'MISS'}: ${r.item.text}`);
  }
  for (const r of report.runs.sentences) {
    const found = r.serviceExtracted.filter((u) => r.item.gold.includes(u)).length;
    const wrong = r.serviceExtracted.length - found;
    if (found * 2 < r.item.gold.length || wrong > 0) lines.push(`  sentence ${r.item.id} [${r.item.split} ${r.item.lang} ${r.item.source}] service ${found}/${r.item.gold.length} gold, ${wrong} wrong: ${r.item.text}`);
  }
  return lines.join('\n') + '\n';
}

/** The pool to judge, in a shuffled order per row so the judge cannot tell which system proposed what. */
function writePool(file: string, report: EvaluationReport, fixture: ReturnType<typeof readEvalFixture>, ds: Awaited<ReturnType<typeof readEscoFolders>>): void {
  const concepts = new Map([...ds.occupations, ...ds.skills].map((c) => [c.uri, c]));
  const items = poolCandidates(report.runs, new JudgementPool(fixture), fixture.judgements?.depth ?? DEFAULT_POOL_DEPTH);
  let seed = 20261207;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const rows = items.map((it) => ({
    ...it,
    candidates: it.candidates
      .map((uri) => ({ uri, order: next() }))
      .sort((a, b) => a.order - b.order)
      .map(({ uri }) => {
        const c = concepts.get(uri);
        return { uri, en: c?.labels.en?.preferred, es: c?.labels.es?.preferred, alt_en: (c?.labels.en?.alt ?? []).slice(0, 4), description: (c?.description?.en ?? '').slice(0, 280) };
      }),
  }));
  writeFileSync(file, JSON.stringify(rows, null, 1));
}

/** Pool depth when the fixture has no judgements yet. */
const DEFAULT_POOL_DEPTH = 5;

async function main(): Promise<void> {
  const started = Date.now();
  const root = repoRoot();
  const escoArg = arg('esco', join(root, '..', 'shared', 'data', 'esco'));
  const fixtureDir = resolve(arg('fixture', join(root, 'test', 'fixtures', 'taxonomy-eval')));
  const out = resolve(arg('out', join(root, 'docs', 'quality.md')));
  const max = Number(arg('max', '2000'));
  if (!Number.isInteger(max) || max < 1) throw new Error('--max must be a positive integer');
  const demo = escoArg === 'demo';
  // The demo run never overwrites docs/quality.md unless asked to with --out.
  const write = !flags['no-write'] && (!demo || flags.out !== undefined);

  let dirs: string[];
  if (demo) dirs = [demoDataDir()];
  else {
    const esco = resolve(escoArg);
    dirs = [join(esco, 'v1.1.1-en'), join(esco, 'v1.0-es')];
    if (!existsSync(join(dirs[0], 'occupations_en.csv'))) {
      throw new Error(`ESCO not found in ${esco} (expected v1.1.1-en/ and v1.0-es/ with the official CSV files); use --esco <dir>, or --esco demo with a small --fixture`);
    }
  }
  const fixture = readEvalFixture(fixtureDir);
  const ds = await readEscoFolders(dirs);
  // The service as it answers (ESCO + regional labels); BM25 on the plain ESCO labels.
  const taxonomy = Taxonomy.fromDataset(ds);
  const plain = buildSnapshot(ds);
  const report = evaluateFixture(taxonomy, fixture, { baseline: plain });
  const heldOut = heldOutEvaluation(ds, max, plain);

  const display = (p: string) => (relative(root, p).startsWith('..') ? p : relative(root, p));
  const taxonomyText = demo
    ? `the demo taxonomy shipped in \`libs/taxonomy/data/demo\` (${ds.occupations.length} occupations, ${ds.skills.length} skills; not ESCO-sized, so the figures are not comparable with the full run)`
    : `the full ESCO v1.1.1 (English) + v1.0 (Spanish labels) in \`../shared/data/esco\`: ${ds.occupations.length} occupations, ${ds.skills.length} skills, ${taxonomy.index.size} labels in the service's index`;
  const doc = renderQuality(
    report,
    fixture,
    {
      date: new Date().toISOString().slice(0, 10),
      taxonomy: taxonomyText,
      fixtureDir: display(fixtureDir),
      baseline: "Built from the same ESCO files without the service's regional labels (`libs/taxonomy/src/local-labels.ts`).",
      runSeconds: (Date.now() - started) / 1000,
    },
    heldOut,
  );
  process.stdout.write(doc);
  if (flags.misses) process.stdout.write(misses(report));
  if (flags.pool) {
    writePool(resolve(flags.pool), report, fixture, ds);
    process.stdout.write(`\npool candidates written to ${display(resolve(flags.pool))}\n`);
  }
  if (write) {
    writeFileSync(out, doc);
    process.stdout.write(`\nwritten to ${display(out)}\n`);
  }
}

main().catch((err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
