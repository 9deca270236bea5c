/**
 * The real-text evaluation set (test/fixtures/taxonomy-eval): job titles with the ESCO occupations they
 * name, and sentences from job ads and case notes with the ESCO skills they state (none for a
 * negative sentence). Read and checked here so that a malformed row fails loudly, naming its id.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const EVAL_LANGS = ['es', 'en'] as const;
export type EvalLang = (typeof EVAL_LANGS)[number];
export const EVAL_SPLITS = ['dev', 'test'] as const;
export type EvalSplit = (typeof EVAL_SPLITS)[number];
export const SENTENCE_SOURCES = ['job_ad', 'case_note'] as const;
export type SentenceSource = (typeof SENTENCE_SOURCES)[number];

export interface TitleItem {
  id: string;
  lang: EvalLang;
  text: string;
  /** ESCO occupation URIs that are right answers, best first (at least one). */
  gold: string[];
  split: EvalSplit;
}

export interface SentenceItem {
  id: string;
  lang: EvalLang;
  source: SentenceSource;
  text: string;
  /** ESCO skill URIs the sentence states; [] = a negative sentence (nothing should be extracted). */
  gold: string[];
  split: EvalSplit;
}

export const JUDGED_TASKS = ['titles', 'sentences'] as const;
export type JudgedTask = (typeof JUDGED_TASKS)[number];

/** One pooled relevance judgement: a candidate some system proposed, outside the row's gold. */
export interface Judgement {
  task: JudgedTask;
  id: string;
  uri: string;
  relevant: boolean;
}

/**
 * Pooled judgements (judgements.json, optional): the hand-written gold is incomplete (ESCO often has
 * two or three right wordings of one activity), so the candidates both systems put in their top ranks
 * were judged blind (without knowing which system proposed them) and those judged relevant count as
 * gold too in the pooled figures. The hand-written gold is never changed by them.
 */
export interface PooledJudgements {
  /** How the judgements were made, for the reader. */
  method: string;
  date: string;
  /** Pool depth: the top `depth` of each system's ranking (titles: down to the first relevant). */
  depth: number;
  judgements: Judgement[];
}

export interface EvalFixture {
  titles: TitleItem[];
  sentences: SentenceItem[];
  judgements?: PooledJudgements;
}

type Row = Record<string, unknown>;

function fail(file: string, i: number, row: Row, why: string): never {
  const id = typeof row?.id === 'string' ? ` (id ${row.id})` : '';
  throw new Error(`${file}: row ${i}${id}: ${why}`);
}

function oneOf<T extends string>(file: string, i: number, row: Row, key: string, values: readonly T[]): T {
  const v = row[key];
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) fail(file, i, row, `${key} must be one of ${values.join(', ')}`);
  return v as T;
}

function common(file: string, i: number, row: unknown, seen: Set<string>): { row: Row; id: string; text: string; gold: string[] } {
  if (!row || typeof row !== 'object' || Array.isArray(row)) fail(file, i, {}, 'not an object');
  const r = row as Row;
  if (typeof r.id !== 'string' || !r.id) fail(file, i, r, 'id must be a non-empty string');
  if (seen.has(r.id)) fail(file, i, r, 'duplicate id');
  seen.add(r.id);
  if (typeof r.text !== 'string' || !r.text.trim()) fail(file, i, r, 'text must be a non-empty string');
  if (!Array.isArray(r.gold) || !r.gold.every((g) => typeof g === 'string' && /^https?:\/\//.test(g))) fail(file, i, r, 'gold must be an array of URIs');
  return { row: r, id: r.id, text: r.text, gold: r.gold as string[] };
}

/** Checks parsed JSON against the fixture format (extra fields are allowed and ignored). */
export function parseEvalFixture(titles: unknown, sentences: unknown, names = { titles: 'titles.json', sentences: 'sentences.json' }): EvalFixture {
  if (!Array.isArray(titles)) throw new Error(`${names.titles}: not an array`);
  if (!Array.isArray(sentences)) throw new Error(`${names.sentences}: not an array`);
  const seenT = new Set<string>();
  const outT = titles.map((raw, i): TitleItem => {
    const { row, id, text, gold } = common(names.titles, i, raw, seenT);
    if (gold.length === 0) fail(names.titles, i, row, 'a title needs at least one gold occupation');
    return { id, text, gold, lang: oneOf(names.titles, i, row, 'lang', EVAL_LANGS), split: oneOf(names.titles, i, row, 'split', EVAL_SPLITS) };
  });
  const seenS = new Set<string>();
  const outS = sentences.map((raw, i): SentenceItem => {
    const { row, id, text, gold } = common(names.sentences, i, raw, seenS);
    return {
      id,
      text,
      gold,
      lang: oneOf(names.sentences, i, row, 'lang', EVAL_LANGS),
      source: oneOf(names.sentences, i, row, 'source', SENTENCE_SOURCES),
      split: oneOf(names.sentences, i, row, 'split', EVAL_SPLITS),
    };
  });
  return { titles: outT, sentences: outS };
}

/**
 * Checks judgements.json against the fixture: every judgement names a row of its task, a URI outside
 * that row's gold (the gold is already relevant), and no (task, id, uri) twice.
 */
export function parseJudgements(raw: unknown, fixture: EvalFixture, file = 'judgements.json'): PooledJudgements {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new Error(`${file}: not an object`);
  const r = raw as Row;
  if (typeof r.method !== 'string' || !r.method.trim()) throw new Error(`${file}: method must be a non-empty string`);
  if (typeof r.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.date)) throw new Error(`${file}: date must be YYYY-MM-DD`);
  if (!Number.isInteger(r.depth) || (r.depth as number) < 1) throw new Error(`${file}: depth must be a positive integer`);
  if (!Array.isArray(r.judgements)) throw new Error(`${file}: judgements must be an array`);
  const gold = new Map<string, Set<string>>();
  for (const t of fixture.titles) gold.set(`titles ${t.id}`, new Set(t.gold));
  for (const s of fixture.sentences) gold.set(`sentences ${s.id}`, new Set(s.gold));
  const seen = new Set<string>();
  const judgements = r.judgements.map((j, i): Judgement => {
    const row = (j && typeof j === 'object' ? j : {}) as Row;
    const where = `${file}: judgement ${i}${typeof row.id === 'string' ? ` (${String(row.task)} ${row.id})` : ''}`;
    if (!(JUDGED_TASKS as readonly unknown[]).includes(row.task)) throw new Error(`${where}: task must be one of ${JUDGED_TASKS.join(', ')}`);
    const task = row.task as JudgedTask;
    if (typeof row.id !== 'string' || !gold.has(`${task} ${row.id}`)) throw new Error(`${where}: id is not a row of ${task}`);
    if (typeof row.uri !== 'string' || !/^https?:\/\//.test(row.uri)) throw new Error(`${where}: uri must be a URI`);
    if (typeof row.relevant !== 'boolean') throw new Error(`${where}: relevant must be true or false`);
    if (gold.get(`${task} ${row.id}`)!.has(row.uri)) throw new Error(`${where}: ${row.uri} is already gold`);
    const key = `${task} ${row.id} ${row.uri}`;
    if (seen.has(key)) throw new Error(`${where}: judged twice`);
    seen.add(key);
    return { task, id: row.id, uri: row.uri, relevant: row.relevant };
  });
  return { method: r.method, date: r.date, depth: r.depth as number, judgements };
}

/** Reads `<dir>/titles.json`, `<dir>/sentences.json` and, when present, `<dir>/judgements.json`. */
export function readEvalFixture(dir: string): EvalFixture {
  const files = { titles: join(dir, 'titles.json'), sentences: join(dir, 'sentences.json') };
  for (const f of Object.values(files)) if (!existsSync(f)) throw new Error(`evaluation fixture file missing: ${f}`);
  const load = (f: string): unknown => {
    try {
      return JSON.parse(readFileSync(f, 'utf8'));
    } catch (e) {
      throw new Error(`${f}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const fixture = parseEvalFixture(load(files.titles), load(files.sentences), files);
  const judgementsFile = join(dir, 'judgements.json');
  if (existsSync(judgementsFile)) fixture.judgements = parseJudgements(load(judgementsFile), fixture, judgementsFile);
  return fixture;
}
