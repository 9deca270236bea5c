import { join } from 'node:path';
import { demoTaxonomy } from '../demo-fixture';
import type { Taxonomy } from '../taxonomy';
import { evaluateFixture, evaluateTargets, sentenceGroupOf } from './evaluate';
import { parseJudgements, readEvalFixture, type EvalFixture, type Judgement } from './fixture';
import { JudgementPool, poolCandidates } from './pooled';
import { renderQuality } from './report';

const DEMO_FIXTURE = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'taxonomy-eval-demo');

describe('pooled judgements', () => {
  let tax: Taxonomy;
  let fixture: EvalFixture;
  beforeAll(async () => {
    tax = await demoTaxonomy();
    fixture = readEvalFixture(DEMO_FIXTURE);
  });

  const withJudgements = (judgements: Judgement[]): EvalFixture => ({ ...fixture, judgements: { method: 'judged blind in a test', date: '2026-12-07', depth: 5, judgements } });

  it('pools each system\'s top candidates outside the gold; judging them all leaves none unjudged', () => {
    const report = evaluateFixture(tax, fixture, { warmup: 0 });
    const pool = poolCandidates(report.runs, new JudgementPool(fixture), 5);
    expect(pool.length).toBeGreaterThan(0);
    for (const p of pool) {
      const item = (p.task === 'titles' ? fixture.titles : fixture.sentences).find((x) => x.id === p.id)!;
      for (const uri of p.candidates) expect(item.gold).not.toContain(uri);
    }
    const all = pool.flatMap((p) => p.candidates.map((uri): Judgement => ({ task: p.task, id: p.id, uri, relevant: false })));
    const judged = withJudgements(all);
    expect(poolCandidates(report.runs, new JudgementPool(judged), 5)).toEqual([]);
    const pooled = evaluateFixture(tax, judged, { warmup: 0 }).pooled!;
    expect(pooled.unjudged).toEqual({ titles: 0, sentences: 0 });
    // Everything judged not relevant: the pooled figures are the hand-gold figures.
    expect(pooled.titles).toEqual(report.titles);
    expect(pooled.sentences).toEqual(report.sentences);
  });

  it('counts a candidate judged relevant as right, for both systems alike', () => {
    const report = evaluateFixture(tax, fixture, { warmup: 0 });
    // A sentence where a system extracts a skill outside the gold (on the demo set only BM25 does):
    // judged relevant, it counts as right in the pooled precision (correct / extracted over all
    // sentences) of every system that extracts it.
    const fp = report.runs.sentences.find((r) => r.bm25Extracted.some((u) => !r.item.gold.includes(u)));
    expect(fp).toBeDefined();
    const uri = fp!.bm25Extracted.find((u) => !fp!.item.gold.includes(u))!;
    const judged = withJudgements([{ task: 'sentences', id: fp!.item.id, uri, relevant: true }]);
    const after = evaluateFixture(tax, judged, { warmup: 0 });
    const precision = (system: 'serviceExtracted' | 'bm25Extracted', extra: string | null) => {
      let right = 0;
      let all = 0;
      for (const r of report.runs.sentences) {
        const gold = r === fp && extra ? [...r.item.gold, extra] : r.item.gold;
        const set = [...new Set(r[system])];
        right += set.filter((u) => gold.includes(u)).length;
        all += set.length;
      }
      return right / all;
    };
    const allGroup = (g: typeof report.sentences) => sentenceGroupOf({ sentences: g }, 'all', 'all');
    expect(allGroup(report.sentences).service.precision).toBeCloseTo(precision('serviceExtracted', null), 10);
    expect(allGroup(after.pooled!.sentences).service.precision).toBeCloseTo(precision('serviceExtracted', uri), 10);
    expect(allGroup(after.pooled!.sentences).bm25.precision).toBeCloseTo(precision('bm25Extracted', uri), 10);
    expect(allGroup(after.pooled!.sentences).bm25.precision).toBeGreaterThan(allGroup(report.sentences).bm25.precision);
    // The hand-gold figures do not move.
    expect(after.sentences).toEqual(report.sentences);
    expect(after.pooled!.judged.sentences).toEqual({ judged: 1, relevant: 1 });
    // The targets and the document carry the pooled figures beside the hand-gold ones.
    expect(evaluateTargets(after).filter((t) => t.name.includes('gold + pooled judgements'))).toHaveLength(6);
    const doc = renderQuality(after, judged, { date: '2026-12-07', taxonomy: 'the demo taxonomy', fixtureDir: 'x', baseline: '', runSeconds: 1 });
    expect(doc).toContain('### Against gold plus pooled judgements');
    expect(doc).toContain('judged blind in a test');
    expect(doc).toMatch(/sentence candidates of this run within the pool depth have no judgement/);
  });

  it('rejects judgements that name no row, repeat, or restate the gold', () => {
    const t = fixture.titles[0];
    const base = { method: 'm', date: '2026-12-07', depth: 5 };
    const j = (x: Partial<Judgement>) => ({ task: 'titles', id: t.id, uri: 'http://data.europa.eu/esco/occupation/other', relevant: true, ...x });
    expect(() => parseJudgements({ ...base, judgements: [j({})] }, fixture)).not.toThrow();
    expect(() => parseJudgements({ ...base, judgements: [j({ id: 'nope' })] }, fixture)).toThrow(/id is not a row of titles/);
    expect(() => parseJudgements({ ...base, judgements: [j({}), j({})] }, fixture)).toThrow(/judged twice/);
    expect(() => parseJudgements({ ...base, judgements: [j({ uri: t.gold[0] })] }, fixture)).toThrow(/already gold/);
    expect(() => parseJudgements({ ...base, judgements: [{ ...j({}), relevant: 'yes' }] }, fixture)).toThrow(/relevant must be/);
    expect(() => parseJudgements({ ...base, depth: 0, judgements: [] }, fixture)).toThrow(/depth/);
  });
});
