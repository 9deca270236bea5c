/**
 * Runs the service and the BM25 baseline on the real-text evaluation set and scores both.
 *
 * Titles: the service is `taxonomy.titleOccupations(text, { lang, limit: 10 })`, BM25 searches the
 * occupation documents; both are ranked lists scored by MRR@10 and R@1/5/10 (any gold in the top k).
 * Sentences: the service is `taxonomy.extract(text, { lang })`; its ranking is the extracted skills by
 * confidence (ties: earlier span first) and its extracted set is those skills as returned (already cut
 * at the default threshold). BM25 searches the whole sentence against the skill documents; its ranking
 * is its top 10 and its extracted set its top 5 (BM25 has no threshold of its own). Both scored by
 * RP@5 and R@10 over sentences with gold, and by micro-averaged precision of the extracted set over all
 * sentences (false positives of negative sentences included).
 *
 * Every service call is timed (performance.now), after an untimed warm-up on the first items.
 */
import { DEFAULT_MIN_CONFIDENCE } from '../extract';
import type { Taxonomy } from '../taxonomy';
import { BM25_EXTRACT_K, Bm25Index, type Bm25Source } from './bm25';
import { EVAL_LANGS, SENTENCE_SOURCES, type EvalFixture, type JudgedTask, type EvalLang, type EvalSplit, type SentenceItem, type SentenceSource, type TitleItem } from './fixture';
import { JudgementPool, poolCandidates, type PooledFigures } from './pooled';
import { hitAt, mean, microPrecision, percentile, precisionCount, rPrecisionAt, recallAt, reciprocalRank } from './metrics';

export interface TitleRun {
  item: TitleItem;
  bm25: string[];
  service: string[];
  serviceMs: number;
  bm25Ms: number;
}

export interface SentenceRun {
  item: SentenceItem;
  /** BM25 top 10 (ranking) and top 5 (its extracted set). */
  bm25: string[];
  bm25Extracted: string[];
  /** Service skills by confidence (ranking) and as returned (extracted set): the same concepts. */
  service: string[];
  serviceExtracted: string[];
  serviceMs: number;
  bm25Ms: number;
}

export interface TitleScores {
  mrr10: number;
  r1: number;
  r5: number;
  r10: number;
}

export interface SentenceScores {
  /** Over sentences with gold. */
  rp5: number;
  r10: number;
  /** Micro-averaged over all sentences of the group (BM25: at its top 5; service: at its default threshold). */
  precision: number;
  /** Mean number of extracted skills per sentence. */
  extractedPerSentence: number;
}

export type LangKey = EvalLang | 'all';
export type SplitKey = EvalSplit | 'all';

export interface TitleGroup {
  lang: LangKey;
  split: SplitKey;
  n: number;
  bm25: TitleScores;
  service: TitleScores;
}

export interface SentenceGroup {
  lang: LangKey;
  split: SplitKey;
  source: SentenceSource | 'all';
  /** Sentences in the group, and those with gold (RP@5 and R@10 are over these). */
  n: number;
  nWithGold: number;
  bm25: SentenceScores;
  service: SentenceScores;
}

export interface Latency {
  n: number;
  meanMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface UnknownGold {
  task: 'titles' | 'sentences';
  id: string;
  uri: string;
}

export interface EvaluationReport {
  titles: TitleGroup[];
  sentences: SentenceGroup[];
  latency: {
    titles: { service: Latency; bm25: Latency };
    sentences: { service: Latency; bm25: Latency };
  };
  /** The same figures against gold plus the pooled judgements (when the fixture has judgements.json). */
  pooled?: PooledFigures<TitleGroup, SentenceGroup>;
  /** Gold URIs the loaded taxonomy does not hold (a fixture error, or a smaller taxonomy): such a gold can never be found. */
  unknownGold: UnknownGold[];
  /** BM25 documents per kind and language. */
  bm25Documents: { occupation: Record<string, number>; skill: Record<string, number> };
  runs: { titles: TitleRun[]; sentences: SentenceRun[] };
  /** Untimed calls per task before the timed pass. */
  warmup: number;
}

export interface EvaluateOptions {
  /** Labels BM25 is built from; default the taxonomy's own snapshot. The script passes plain ESCO (no regional labels). */
  baseline?: Bm25Source;
  /** Untimed calls before the timed pass, per task (default 20). */
  warmup?: number;
}

const TITLE_LIMIT = 10;
const SENTENCE_RANK_LIMIT = 10;

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

/**
 * The service's skills for a sentence, as the API gives them: a ranked list (`limit` 10, down to
 * RANKING_FLOOR, what a case manager scrolls through and the ranking metrics read) and, for precision,
 * those at or above the default threshold (what is resolved on write).
 */
export function serviceSentence(taxonomy: Taxonomy, item: Pick<SentenceItem, 'text' | 'lang'>): { ranked: string[]; extracted: string[] } {
  const skills = taxonomy.extract(item.text, { lang: item.lang, limit: 10, minConfidence: RANKING_FLOOR }).skills;
  const sorted = [...skills].sort((a, b) => b.confidence - a.confidence || a.span.start - b.span.start);
  return { ranked: sorted.map((s) => s.uri), extracted: sorted.filter((s) => s.confidence >= DEFAULT_MIN_CONFIDENCE).map((s) => s.uri) };
}

/** Lowest relevance a ranked (not extracted) skill may have. */
export const RANKING_FLOOR = 0.3;

export function serviceTitle(taxonomy: Taxonomy, item: Pick<TitleItem, 'text' | 'lang'>): string[] {
  return taxonomy.titleOccupations(item.text, { lang: item.lang, limit: TITLE_LIMIT }).map((c) => c.uri);
}

function latencyOf(ms: readonly number[]): Latency {
  return { n: ms.length, meanMs: mean(ms), p95Ms: percentile(ms, 95), maxMs: ms.length ? Math.max(...ms) : NaN };
}

/** The URIs that count as right for a row: its hand-written gold, or that plus the pooled judgements. */
export type GoldOf = (task: JudgedTask, item: TitleItem | SentenceItem) => readonly string[];
const handGold: GoldOf = (_task, item) => item.gold;

function titleScores(runs: readonly TitleRun[], system: 'bm25' | 'service', goldOf: GoldOf): TitleScores {
  return {
    mrr10: mean(runs.map((r) => reciprocalRank(r[system], goldOf('titles', r.item), 10))),
    r1: mean(runs.map((r) => hitAt(r[system], goldOf('titles', r.item), 1))),
    r5: mean(runs.map((r) => hitAt(r[system], goldOf('titles', r.item), 5))),
    r10: mean(runs.map((r) => hitAt(r[system], goldOf('titles', r.item), 10))),
  };
}

function sentenceScores(runs: readonly SentenceRun[], system: 'bm25' | 'service', goldOf: GoldOf): SentenceScores {
  const positive = runs.filter((r) => r.item.gold.length > 0);
  const extracted = (r: SentenceRun) => (system === 'bm25' ? r.bm25Extracted : r.serviceExtracted);
  return {
    rp5: mean(positive.map((r) => rPrecisionAt(r[system], goldOf('sentences', r.item), 5))),
    r10: mean(positive.map((r) => recallAt(r[system], goldOf('sentences', r.item), 10))),
    precision: microPrecision(runs.map((r) => precisionCount(extracted(r), goldOf('sentences', r.item)))),
    extractedPerSentence: mean(runs.map((r) => new Set(extracted(r)).size)),
  };
}

const LANG_KEYS: LangKey[] = [...EVAL_LANGS, 'all'];
/** The test split first: it is the headline (the dev split is what the service was tuned on). */
const SPLIT_KEYS: SplitKey[] = ['test', 'dev', 'all'];

function inGroup(item: { lang: EvalLang; split: EvalSplit }, lang: LangKey, split: SplitKey): boolean {
  return (lang === 'all' || item.lang === lang) && (split === 'all' || item.split === split);
}

export function evaluateFixture(taxonomy: Taxonomy, fixture: EvalFixture, opts: EvaluateOptions = {}): EvaluationReport {
  const baseline = opts.baseline ?? taxonomy.snapshot;
  const warmup = opts.warmup ?? 20;
  const bm25Occupations = Bm25Index.build(baseline, 'occupation');
  const bm25Skills = Bm25Index.build(baseline, 'skill');

  for (const t of fixture.titles.slice(0, warmup)) serviceTitle(taxonomy, t);
  for (const s of fixture.sentences.slice(0, warmup)) serviceSentence(taxonomy, s);

  const titleRuns: TitleRun[] = fixture.titles.map((item) => {
    const [service, serviceMs] = timed(() => serviceTitle(taxonomy, item));
    const [hits, bm25Ms] = timed(() => bm25Occupations.search(item.text, item.lang, TITLE_LIMIT));
    return { item, service, serviceMs, bm25: hits.map((h) => h.uri), bm25Ms };
  });
  const sentenceRuns: SentenceRun[] = fixture.sentences.map((item) => {
    const [service, serviceMs] = timed(() => serviceSentence(taxonomy, item));
    const [hits, bm25Ms] = timed(() => bm25Skills.search(item.text, item.lang, SENTENCE_RANK_LIMIT));
    const bm25 = hits.map((h) => h.uri);
    return { item, service: service.ranked, serviceExtracted: service.extracted, serviceMs, bm25, bm25Extracted: bm25.slice(0, BM25_EXTRACT_K), bm25Ms };
  });

  const { titles, sentences } = scoreGroups(titleRuns, sentenceRuns, handGold);
  const pooled = fixture.judgements ? pooledFigures(fixture, titleRuns, sentenceRuns) : undefined;

  const occUris = new Set(taxonomy.snapshot.occupations.uris);
  const skillUris = new Set(taxonomy.snapshot.skills.uris);
  const unknownGold: UnknownGold[] = [
    ...fixture.titles.flatMap((t) => t.gold.filter((u) => !occUris.has(u)).map((uri) => ({ task: 'titles' as const, id: t.id, uri }))),
    ...fixture.sentences.flatMap((s) => s.gold.filter((u) => !skillUris.has(u)).map((uri) => ({ task: 'sentences' as const, id: s.id, uri }))),
  ];

  const docs = (ix: Bm25Index) => Object.fromEntries(ix.langs.map((l) => [l, ix.documents(l)]));
  return {
    titles,
    sentences,
    latency: {
      titles: { service: latencyOf(titleRuns.map((r) => r.serviceMs)), bm25: latencyOf(titleRuns.map((r) => r.bm25Ms)) },
      sentences: { service: latencyOf(sentenceRuns.map((r) => r.serviceMs)), bm25: latencyOf(sentenceRuns.map((r) => r.bm25Ms)) },
    },
    ...(pooled ? { pooled } : {}),
    unknownGold,
    bm25Documents: { occupation: docs(bm25Occupations), skill: docs(bm25Skills) },
    runs: { titles: titleRuns, sentences: sentenceRuns },
    warmup,
  };
}

function scoreGroups(titleRuns: readonly TitleRun[], sentenceRuns: readonly SentenceRun[], goldOf: GoldOf): { titles: TitleGroup[]; sentences: SentenceGroup[] } {
  const titles: TitleGroup[] = [];
  const sentences: SentenceGroup[] = [];
  for (const split of SPLIT_KEYS) {
    for (const lang of LANG_KEYS) {
      const tr = titleRuns.filter((r) => inGroup(r.item, lang, split));
      titles.push({ lang, split, n: tr.length, bm25: titleScores(tr, 'bm25', goldOf), service: titleScores(tr, 'service', goldOf) });
      const sr = sentenceRuns.filter((r) => inGroup(r.item, lang, split));
      sentences.push(sentenceGroup(sr, lang, split, 'all', goldOf));
    }
  }
  for (const source of SENTENCE_SOURCES) {
    for (const split of ['test', 'all'] as const) {
      sentences.push(sentenceGroup(sentenceRuns.filter((r) => r.item.source === source && inGroup(r.item, 'all', split)), 'all', split, source, goldOf));
    }
  }
  return { titles, sentences };
}

/** The same groups scored against gold plus the pooled judgements, with how complete the pool is for this run. */
function pooledFigures(fixture: EvalFixture, titleRuns: readonly TitleRun[], sentenceRuns: readonly SentenceRun[]): PooledFigures<TitleGroup, SentenceGroup> {
  const pool = new JudgementPool(fixture);
  const runs = { titles: titleRuns, sentences: sentenceRuns };
  const unjudged = poolCandidates(runs, pool, fixture.judgements!.depth);
  const count = (task: JudgedTask) => unjudged.filter((c) => c.task === task).reduce((n, c) => n + c.candidates.length, 0);
  return {
    ...scoreGroups(titleRuns, sentenceRuns, (task, item) => pool.relevant(task, item)),
    judged: pool.counts(),
    unjudged: { titles: count('titles'), sentences: count('sentences') },
  };
}

function sentenceGroup(runs: readonly SentenceRun[], lang: LangKey, split: SplitKey, source: SentenceSource | 'all', goldOf: GoldOf): SentenceGroup {
  return {
    lang,
    split,
    source,
    n: runs.length,
    nWithGold: runs.filter((r) => r.item.gold.length > 0).length,
    bm25: sentenceScores(runs, 'bm25', goldOf),
    service: sentenceScores(runs, 'service', goldOf),
  };
}

export function titleGroup(report: Pick<EvaluationReport, 'titles'>, lang: LangKey, split: SplitKey): TitleGroup {
  const g = report.titles.find((x) => x.lang === lang && x.split === split);
  if (!g) throw new Error(`no title group ${lang}/${split}`);
  return g;
}

export function sentenceGroupOf(report: Pick<EvaluationReport, 'sentences'>, lang: LangKey, split: SplitKey, source: SentenceSource | 'all' = 'all'): SentenceGroup {
  const g = report.sentences.find((x) => x.lang === lang && x.split === split && x.source === source);
  if (!g) throw new Error(`no sentence group ${lang}/${split}/${source}`);
  return g;
}

/** The targets. */
export const TARGETS = {
  /** Service / BM25 on title MRR@10 and on extraction RP@5. */
  ratio: 1.3,
  /** Extraction precision at the default threshold. */
  precision: 0.7,
  /** p95 of a service lookup (a title, or one sentence's extraction), ms. */
  p95Ms: 20,
} as const;

export interface TargetResult {
  name: string;
  /** The figure, rendered. */
  value: string;
  /** null when the figure is undefined (empty group). */
  met: boolean | null;
}

/** service / baseline; Infinity when the baseline is 0 and the service is not, NaN when undefined. */
export function ratio(service: number, baseline: number): number {
  if (Number.isNaN(service) || Number.isNaN(baseline)) return NaN;
  if (baseline === 0) return service === 0 ? NaN : Infinity;
  return service / baseline;
}

export function formatRatio(r: number): string {
  if (Number.isNaN(r)) return '–';
  if (r === Infinity) return '∞';
  return `${r.toFixed(2)}x`;
}

export function evaluateTargets(report: EvaluationReport): TargetResult[] {
  const check = (value: number, ok: (v: number) => boolean): boolean | null => (Number.isNaN(value) ? null : ok(value));
  const out = qualityTargets(report, '', check);
  if (report.pooled) out.push(...qualityTargets(report.pooled, ', gold + pooled judgements', check));
  for (const task of ['titles', 'sentences'] as const) {
    const l = report.latency[task].service;
    out.push({ name: `lookup p95 < ${TARGETS.p95Ms} ms (${task === 'titles' ? 'title -> occupations' : 'sentence -> skills'}, n ${l.n})`, value: `${fmtMs(l.p95Ms)} ms`, met: check(l.p95Ms, (v) => v < TARGETS.p95Ms) });
  }
  return out;
}

/** The ratio and precision targets over one set of groups (hand-written gold, or gold + pooled judgements). */
function qualityTargets(groups: Pick<EvaluationReport, 'titles' | 'sentences'>, against: string, check: (value: number, ok: (v: number) => boolean) => boolean | null): TargetResult[] {
  const out: TargetResult[] = [];
  for (const split of ['test', 'all'] as const) {
    const t = titleGroup(groups, 'all', split);
    const r = ratio(t.service.mrr10, t.bm25.mrr10);
    out.push({ name: `titles MRR@10, service >= ${TARGETS.ratio}x BM25 (${split} split, n ${t.n}${against})`, value: `${formatRatio(r)} (${fmt(t.service.mrr10)} vs ${fmt(t.bm25.mrr10)})`, met: check(r, (v) => v >= TARGETS.ratio) });
  }
  for (const split of ['test', 'all'] as const) {
    const s = sentenceGroupOf(groups, 'all', split);
    const r = ratio(s.service.rp5, s.bm25.rp5);
    out.push({ name: `extraction RP@5, service >= ${TARGETS.ratio}x BM25 (${split} split, n ${s.nWithGold}${against})`, value: `${formatRatio(r)} (${fmt(s.service.rp5)} vs ${fmt(s.bm25.rp5)})`, met: check(r, (v) => v >= TARGETS.ratio) });
  }
  for (const split of ['test', 'all'] as const) {
    const s = sentenceGroupOf(groups, 'all', split);
    out.push({ name: `extraction precision >= ${TARGETS.precision} at the default threshold (${split} split, n ${s.n}${against})`, value: fmt(s.service.precision), met: check(s.service.precision, (v) => v >= TARGETS.precision) });
  }
  return out;
}

export function fmt(x: number): string {
  return Number.isNaN(x) ? '–' : x.toFixed(3);
}

export function fmtMs(x: number): string {
  return Number.isNaN(x) ? '–' : x.toFixed(2);
}
