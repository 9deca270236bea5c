/**
 * docs/quality.md from an evaluation: the targets, the real-text figures (service vs BM25) with their
 * method, then the held-out-label figures as a secondary table. Tables are padded so that the printed
 * Markdown also reads as a plain-text table.
 */
import { DEFAULT_MIN_CONFIDENCE } from '../extract';
import { BM25_B, BM25_EXTRACT_K, BM25_K1 } from './bm25';
import { evaluateTargets, fmt, fmtMs, formatRatio, ratio, RANKING_FLOOR, titleGroup, type EvaluationReport, type SentenceGroup, type TargetResult, type TitleGroup } from './evaluate';
import type { EvalFixture } from './fixture';
import { renderHeldOut, type HeldOutReport } from './held-out';

/** A Markdown table with padded cells; `right` marks right-aligned columns. */
export function table(header: string[], rows: string[][], right: boolean[] = []): string {
  const width = header.map((h, i) => Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const pad = (s: string, i: number) => (right[i] ? s.padStart(width[i]) : s.padEnd(width[i]));
  const line = (cells: string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `| ${width.map((w, i) => (right[i] ? '-'.repeat(w - 1) + ':' : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

const RIGHT = [false, false, false, true, true, true, true];
const HEADER = ['task', 'split', 'lang', 'n', 'BM25', 'service', 'ratio'];

function titleRows(groups: readonly TitleGroup[]): string[][] {
  const metrics: Array<[string, keyof TitleGroup['bm25']]> = [
    ['MRR@10', 'mrr10'],
    ['R@1', 'r1'],
    ['R@5', 'r5'],
    ['R@10', 'r10'],
  ];
  const rows: string[][] = [];
  for (const g of groups) {
    if (g.n === 0) continue;
    for (const [name, key] of metrics) rows.push([`title -> occupation ${name}`, g.split, g.lang, String(g.n), fmt(g.bm25[key]), fmt(g.service[key]), formatRatio(ratio(g.service[key], g.bm25[key]))]);
  }
  return rows;
}

function sentenceRows(groups: readonly SentenceGroup[]): string[][] {
  const rows: string[][] = [];
  for (const g of groups) {
    if (g.n === 0) continue;
    const task = (name: string) => `sentence -> skills ${name}${g.source === 'all' ? '' : ` (${g.source === 'job_ad' ? 'job ads' : 'case notes'})`}`;
    if (g.nWithGold > 0) {
      rows.push([task('RP@5'), g.split, g.lang, String(g.nWithGold), fmt(g.bm25.rp5), fmt(g.service.rp5), formatRatio(ratio(g.service.rp5, g.bm25.rp5))]);
      rows.push([task('R@10'), g.split, g.lang, String(g.nWithGold), fmt(g.bm25.r10), fmt(g.service.r10), formatRatio(ratio(g.service.r10, g.bm25.r10))]);
    }
    rows.push([task(`precision (BM25 top ${BM25_EXTRACT_K} / service threshold)`), g.split, g.lang, String(g.n), fmt(g.bm25.precision), fmt(g.service.precision), formatRatio(ratio(g.service.precision, g.bm25.precision))]);
    rows.push([task('skills extracted per sentence'), g.split, g.lang, String(g.n), g.bm25.extractedPerSentence.toFixed(2), g.service.extractedPerSentence.toFixed(2), '']);
  }
  return rows;
}

export function targetsTable(targets: readonly TargetResult[]): string {
  return table(
    ['target', 'figure', 'met'],
    targets.map((t) => [t.name, t.value, t.met === null ? 'n/a' : t.met ? 'yes' : 'NO']),
  );
}

/** The printed / written tables without prose: targets, titles, sentences, latency. */
export function renderTables(report: EvaluationReport): string {
  const l = report.latency;
  const latency = (x: { meanMs: number; p95Ms: number; maxMs: number; n: number }) => `mean ${fmtMs(x.meanMs)} / p95 ${fmtMs(x.p95Ms)} / max ${fmtMs(x.maxMs)} ms (n ${x.n})`;
  return `${groupTables(report)}

Lookup latency, service: title -> occupations ${latency(l.titles.service)}; sentence -> skills ${latency(l.sentences.service)}.
Lookup latency, BM25: titles ${latency(l.titles.bm25)}; sentences ${latency(l.sentences.bm25)}.`;
}

/** The title and sentence tables of one set of groups (hand-written gold, or gold + pooled judgements). */
export function groupTables(groups: Pick<EvaluationReport, 'titles' | 'sentences'>): string {
  return `${table(HEADER, titleRows(groups.titles), RIGHT)}

${table(HEADER, sentenceRows(groups.sentences), RIGHT)}`;
}

/** The section on the pooled judgements: how they were made, how complete the pool is for this run, the figures. */
export function renderPooled(report: EvaluationReport, fixture: EvalFixture): string {
  const p = report.pooled;
  const j = fixture.judgements;
  if (!p || !j) return '';
  const complete = p.unjudged.titles + p.unjudged.sentences === 0
    ? 'Every candidate of this run within the pool depth is judged, so these figures are complete for both systems.'
    : `**${p.unjudged.titles} title and ${p.unjudged.sentences} sentence candidates of this run within the pool depth have no judgement** (the service changed since the pool was judged); they count as wrong, so the pooled figures are a lower bound for whichever system proposed them. \`npm run eval:taxonomy -- --pool <file>\` writes them out for judging.`;
  return `
### Against gold plus pooled judgements

${j.method} (judged ${j.date}; pool depth ${j.depth}). Titles: ${p.judged.titles.judged} candidates judged, ${p.judged.titles.relevant} relevant; sentences: ${p.judged.sentences.judged} judged, ${p.judged.sentences.relevant} relevant. ${complete}

${groupTables(p)}
`;
}

export interface QualityMeta {
  /** ISO date of the run. */
  date: string;
  /** What was loaded, for the reader ("the full ESCO v1.1.1 (en) + v1.0 (es) in ../shared/data/esco: ..."). */
  taxonomy: string;
  /** Fixture folder as the reader should find it (repository-relative). */
  fixtureDir: string;
  /** What BM25 was built from, when not the service's own snapshot. */
  baseline: string;
  runSeconds: number;
}

function describeSet(f: EvalFixture): string {
  const count = <T>(xs: readonly T[], p: (x: T) => boolean) => xs.filter(p).length;
  const t = f.titles;
  const s = f.sentences;
  return (
    `${t.length} job titles (es ${count(t, (x) => x.lang === 'es')}, en ${count(t, (x) => x.lang === 'en')}; ` +
    `test ${count(t, (x) => x.split === 'test')}, dev ${count(t, (x) => x.split === 'dev')}) and ` +
    `${s.length} sentences (es ${count(s, (x) => x.lang === 'es')}, en ${count(s, (x) => x.lang === 'en')}; ` +
    `job ads ${count(s, (x) => x.source === 'job_ad')}, case notes ${count(s, (x) => x.source === 'case_note')}; ` +
    `test ${count(s, (x) => x.split === 'test')}, dev ${count(s, (x) => x.split === 'dev')}; ` +
    `${count(s, (x) => x.gold.length === 0)} negatives, i.e. sentences that state no skill)`
  );
}

function describeUnknownGold(report: EvaluationReport): string {
  if (report.unknownGold.length === 0) return '';
  const shown = report.unknownGold.slice(0, 20).map((u) => `${u.task} ${u.id}: ${u.uri}`);
  return `\n**Warning**: ${report.unknownGold.length} gold URIs are not in the loaded taxonomy (they can never be found, and count as misses):\n\n${shown.map((s) => `- ${s}`).join('\n')}${report.unknownGold.length > 20 ? '\n- …' : ''}\n`;
}

/** The whole docs/quality.md. */
export function renderQuality(report: EvaluationReport, fixture: EvalFixture, meta: QualityMeta, heldOut?: HeldOutReport): string {
  const targets = evaluateTargets(report);
  return `# Quality: taxonomy text -> concept resolution

Measured ${meta.date} with \`npm run eval:taxonomy\` (scripts/eval-taxonomy.ts, libs/taxonomy/src/eval) on
${meta.taxonomy}. Evaluation set: \`${meta.fixtureDir}\`, ${describeSet(fixture)}.

## Targets (issue 16)

${targetsTable(targets)}

## Real-world text: the service against a plain BM25 search over ESCO labels

### Method

- **The set**: job titles as employers post them and sentences as job ads and case managers write
  them, in Spanish and English, each labelled by hand with the ESCO concepts it names (titles: the
  acceptable occupations, best first; sentences: every skill the sentence states, none for a negative
  sentence). How the rows were written and labelled, and the limits of the labelling:
  \`${meta.fixtureDir}/README.md\`.
- **Splits**: \`dev\` is what the service may be looked at and tuned on; \`test\` is kept apart and is the
  headline. \`all\` is both.
- **Service**: titles through \`Taxonomy.titleOccupations(text, { lang, limit: 10 })\`; sentences through
  \`Taxonomy.extract(text, { lang, limit: 10, minConfidence: ${RANKING_FLOOR} })\`: its skills in confidence order
  are the ranking (the readings, fused below the threshold with the service's own BM25 search over skill
  labels and English descriptions: docs/taxonomy.md), those at or above the default threshold
  (confidence >= ${DEFAULT_MIN_CONFIDENCE}) the extracted skills, what is resolved on write.
- **BM25 baseline**: Okapi BM25 (k1 = ${BM25_K1}, b = ${BM25_B}, Lucene IDF) over one document per concept and
  language: its preferred, alternative and hidden labels in the query's language, lower-cased,
  accents stripped, natural's stop words dropped, Porter-stemmed (natural's English and Spanish
  stemmers). Titles search the occupation documents; a sentence is searched whole against the skill
  documents. BM25 has no threshold, so its extracted skills are its top ${BM25_EXTRACT_K}.${meta.baseline ? `\n  ${meta.baseline}` : ''}
- **Metrics**: titles: MRR@10 (1/rank of the first acceptable occupation within the top 10), R@k (an
  acceptable occupation within the top k). Sentences, over those with gold: RP@5 (gold skills in the
  top 5 / min(5, number of gold skills)), R@10 (gold skills in the top 10 / number of gold skills);
  over all sentences: precision of the extracted skills, micro-averaged (correct extracted / all
  extracted; a negative sentence's extractions are all false positives). The service's precision is at
  its default threshold, BM25's at its top ${BM25_EXTRACT_K}. Ratio = service / BM25.
- **Latency**: every service call timed with \`performance.now()\` in one process, after an untimed
  warm-up on the first ${report.warmup} items of each task; a sentence's figure is its whole extraction.
${describeUnknownGold(report)}
### Figures

${renderTables(report)}
${renderPooled(report, fixture)}
${heldOut ? renderHeldOut(heldOut, { en: titleGroup(report, 'en', 'all').service.mrr10, es: titleGroup(report, 'es', 'all').service.mrr10 }) : ''}
Run time of the whole evaluation: ${meta.runSeconds.toFixed(0)} s.
`;
}
