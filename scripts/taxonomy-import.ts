// npm run taxonomy:import -- --dir <ESCO folder> [--dir <more label folders>] [--prune]
//
// Loads the official ESCO CSV download into the taxonomy store of DATABASE_URL, idempotently. Several
// --dir combine: the first folder holding occupationSkillRelations.csv decides concepts and attributes,
// the others add labels (e.g. --dir ../shared/data/esco/v1.1.1-en --dir ../shared/data/esco/v1.0-es).
// Without --dir it loads the demo taxonomy shipped with the project.
import { Presets, SingleBar } from 'cli-progress';
import { Pool } from 'pg';
import { demoDataDir, importEscoFolder, type ImportProgress } from '@app/taxonomy';
import { cliArgs } from './lib/cli-args';

async function main(): Promise<void> {
  const { values } = cliArgs({
    usage: 'npm run taxonomy:import -- [--dir <ESCO folder>]... [--prune]',
    description: 'Loads the official ESCO CSV download into the taxonomy store of DATABASE_URL, idempotently.\nSeveral --dir combine (the first with occupationSkillRelations.csv decides concepts, the others add labels);\nwithout --dir the demo taxonomy shipped with the project.',
    options: { dir: { type: 'string', multiple: true }, prune: { type: 'boolean', default: false } },
    help: { dir: 'an ESCO CSV folder (repeatable)', prune: 'delete concepts the source no longer holds' },
  });
  const url = process.env.DATABASE_URL;
  if (!url) {
    process.stderr.write('DATABASE_URL is required (postgres://user@host:port/database)\n');
    process.exit(78);
  }
  const dirs = (values.dir as string[] | undefined) ?? [];
  const source = dirs.length ? dirs : [demoDataDir()];
  const pool = new Pool({ connectionString: url, max: 1, application_name: 'taxonomy-import' });
  const bar = new SingleBar({ format: '{phase} [{bar}] {value}/{total}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
  let current = '';
  const onProgress = (p: ImportProgress) => {
    if (!process.stderr.isTTY) return;
    if (p.phase !== current) {
      if (current) bar.stop();
      current = p.phase;
      bar.start(p.total, p.done, { phase: p.phase.padEnd(16) });
    } else bar.update(p.done);
  };
  try {
    const report = await importEscoFolder(pool, source, { onProgress, prune: values.prune === true });
    if (current) bar.stop();
    process.stdout.write(`imported ${source.join(' + ')} (languages: ${report.languages.join(', ')}) in ${(report.ms / 1000).toFixed(1)} s\n`);
    for (const [table, c] of Object.entries(report.tables)) {
      process.stdout.write(`  ${table.padEnd(17)} inserted ${c.inserted}, updated ${c.updated}, unchanged ${c.unchanged}, deleted ${c.deleted}\n`);
    }
    process.stdout.write(report.changed === 0 ? 'store already up to date: nothing changed\n' : `${report.changed} row(s) changed\n`);
  } finally {
    await pool.end();
  }
}

main().catch((err) => {
  process.stderr.write(`taxonomy import failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
