/**
 * Pooled relevance judgements (TREC-style): the hand-written gold of the evaluation set lists one or a
 * few right concepts per row, but ESCO often holds several right wordings of one activity, so a system
 * can be counted wrong for a right answer. The candidates each system ranks near the top are pooled,
 * judged blind (the judge never learns which system proposed which) and kept in judgements.json; the
 * pooled figures count gold plus what was judged relevant, for both systems alike.
 *
 * A pool is only complete for the systems it was built from: when the service changes, its new
 * candidates are unjudged (counted wrong, as before). `poolCandidates` lists them, the report prints
 * how many there are, and `npm run eval:taxonomy -- --pool <file>` writes them out for judging.
 */
import type { EvalFixture, JudgedTask, SentenceItem, TitleItem } from './fixture';

/** Enough of a run to build the pool from (TitleRun / SentenceRun). */
export interface PoolRuns {
  titles: ReadonlyArray<{ item: TitleItem; service: string[]; bm25: string[] }>;
  sentences: ReadonlyArray<{ item: SentenceItem; service: string[]; bm25: string[]; serviceExtracted: string[] }>;
}

export interface PoolItem {
  task: JudgedTask;
  id: string;
  lang: string;
  text: string;
  /** Candidate URIs neither in the row's gold nor judged yet. */
  candidates: string[];
}

export interface PooledFigures<G = unknown, S = unknown> {
  titles: G[];
  sentences: S[];
  judged: Record<JudgedTask, { judged: number; relevant: number }>;
  /** Pool candidates of this run that have no judgement (they count as wrong). */
  unjudged: Record<JudgedTask, number>;
}

export class JudgementPool {
  private readonly relevantBy = new Map<string, string[]>();
  private readonly judgedKeys = new Set<string>();
  private readonly tally: Record<JudgedTask, { judged: number; relevant: number }> = { titles: { judged: 0, relevant: 0 }, sentences: { judged: 0, relevant: 0 } };

  constructor(fixture: Pick<EvalFixture, 'judgements'>) {
    for (const j of fixture.judgements?.judgements ?? []) {
      this.judgedKeys.add(`${j.task} ${j.id} ${j.uri}`);
      this.tally[j.task].judged++;
      if (!j.relevant) continue;
      this.tally[j.task].relevant++;
      const key = `${j.task} ${j.id}`;
      this.relevantBy.set(key, [...(this.relevantBy.get(key) ?? []), j.uri]);
    }
  }

  /** Gold first (its order is "best first" for titles), then what was judged relevant. */
  relevant(task: JudgedTask, item: { id: string; gold: readonly string[] }): readonly string[] {
    const extra = this.relevantBy.get(`${task} ${item.id}`);
    return extra ? [...item.gold, ...extra] : item.gold;
  }

  isJudged(task: JudgedTask, id: string, uri: string): boolean {
    return this.judgedKeys.has(`${task} ${id} ${uri}`);
  }

  counts(): Record<JudgedTask, { judged: number; relevant: number }> {
    return { titles: { ...this.tally.titles }, sentences: { ...this.tally.sentences } };
  }
}

/** A ranking's top `depth`, cut before its first relevant entry: what decides MRR and R@k. */
function aboveFirstRelevant(list: readonly string[], relevant: readonly string[], depth: number): string[] {
  const out: string[] = [];
  for (const uri of list.slice(0, depth)) {
    if (relevant.includes(uri)) break;
    out.push(uri);
  }
  return out;
}

/**
 * The pool of one run: titles, each system's top `depth` down to its first relevant occupation;
 * sentences, each system's top `depth` and the service's extracted skills. Only candidates outside the
 * gold and not judged yet are listed; rows with none are left out.
 */
export function poolCandidates(runs: PoolRuns, pool: JudgementPool, depth: number): PoolItem[] {
  const out: PoolItem[] = [];
  const add = (task: JudgedTask, item: TitleItem | SentenceItem, uris: readonly string[]) => {
    const candidates = [...new Set(uris)].filter((u) => !item.gold.includes(u) && !pool.isJudged(task, item.id, u));
    if (candidates.length) out.push({ task, id: item.id, lang: item.lang, text: item.text, candidates });
  };
  for (const r of runs.titles) {
    const relevant = pool.relevant('titles', r.item);
    add('titles', r.item, [...aboveFirstRelevant(r.service, relevant, depth), ...aboveFirstRelevant(r.bm25, relevant, depth)]);
  }
  for (const r of runs.sentences) add('sentences', r.item, [...r.service.slice(0, depth), ...r.bm25.slice(0, depth), ...r.serviceExtracted]);
  return out;
}
