import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** Benchmarks print a table and keep their latest figures in docs/benchmarks.md, one section each. */
export const BENCHMARKS_DOC = join(__dirname, '..', '..', '..', 'docs', 'benchmarks.md');

export function machineLine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? 'unknown CPU'}, ${cpu.length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function median(values: number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export function table(rows: Array<Record<string, string | number>>): string {
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]);
  const line = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
  return [line(cols), line(cols.map(() => '---')), ...rows.map((r) => line(cols.map((c) => r[c])))].join('\n');
}

/** Replaces (or appends) the section `## <title>` of docs/benchmarks.md and prints it. */
/**
 * The new section plus the hand-written `### ` subsections of the old one that the run does not write
 * itself (before/after histories of an issue): a re-run replaces the figures, never the history.
 */
export function withKeptSubsections(section: string, old: string): string {
  const subsections = old.split(/\n(?=### )/).slice(1);
  const kept = subsections.filter((s) => !section.includes(s.split('\n', 1)[0]));
  return kept.length ? `${section.trimEnd()}\n\n${kept.map((s) => s.trimEnd()).join('\n\n')}\n` : section;
}

export function writeSection(title: string, command: string, body: string): void {
  const section = `## ${title}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machineLine()}.\nCommand: \`${command}\`\n\n${body.trim()}\n`;
  process.stdout.write(`\n${section}\n`);
  // Exploratory runs (smaller sizes, profiling) print only: the committed figures stay those of a full run.
  if (process.env.BENCH_NO_WRITE === '1') return;
  const header = '# Benchmarks\n\nFigures from the last run of each benchmark (`npm run bench` runs all, `npm run bench -- <name>` one). These machines are shared and noisy (20-40% between runs): compare the ratios measured within one run.\n';
  const doc = existsSync(BENCHMARKS_DOC) ? readFileSync(BENCHMARKS_DOC, 'utf8') : header;
  const re = new RegExp(`## ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`);
  const old = doc.match(re)?.[0];
  const next = old !== undefined ? doc.replace(re, () => withKeptSubsections(section, old).trimEnd() + '\n') : `${doc.trimEnd()}\n\n${section}`;
  writeFileSync(BENCHMARKS_DOC, next.trimEnd() + '\n');
}
