import { join } from 'node:path';
import { demoTaxonomy } from '../demo-fixture';
import { normalise } from '../normalise';
import { DEFAULT_MIN_CONFIDENCE } from '../extract';
import type { Taxonomy } from '../taxonomy';
import { evaluateFixture, evaluateTargets, RANKING_FLOOR, ratio, serviceSentence, type EvaluationReport } from './evaluate';
import { parseEvalFixture, readEvalFixture, type EvalFixture } from './fixture';
import { renderQuality } from './report';

const DEMO_FIXTURE = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'taxonomy-eval-demo');

describe('taxonomy evaluation on the demo taxonomy', () => {
  let tax: Taxonomy;
  let fixture: EvalFixture;
  let report: EvaluationReport;
  beforeAll(async () => {
    tax = await demoTaxonomy();
    fixture = readEvalFixture(DEMO_FIXTURE);
    report = evaluateFixture(tax, fixture, { warmup: 2 });
  });

  it('holds only gold URIs the demo taxonomy knows', () => {
    expect(report.unknownGold).toEqual([]);
  });

  it('scores every group with items: each metric a number in [0, 1], for both systems', () => {
    const inUnit = (x: number) => {
      expect(typeof x).toBe('number');
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
    };
    expect(report.titles).toHaveLength(9); // (test, dev, all) x (es, en, all)
    for (const g of report.titles) {
      expect(g.n).toBeGreaterThan(0);
      for (const s of [g.bm25, g.service]) [s.mrr10, s.r1, s.r5, s.r10].forEach(inUnit);
      // R@1 <= R@5 <= R@10 and MRR between R@1 and R@10.
      for (const s of [g.bm25, g.service]) {
        expect(s.r1).toBeLessThanOrEqual(s.r5);
        expect(s.r5).toBeLessThanOrEqual(s.r10);
        expect(s.mrr10).toBeGreaterThanOrEqual(s.r1);
        expect(s.mrr10).toBeLessThanOrEqual(s.r10);
      }
    }
    for (const g of report.sentences) {
      expect(g.n).toBeGreaterThan(0);
      expect(g.nWithGold).toBeGreaterThan(0);
      for (const s of [g.bm25, g.service]) {
        [s.rp5, s.r10].forEach(inUnit);
        // Precision is undefined (NaN, printed "–") only where the system extracted nothing at all.
        if (s.extractedPerSentence > 0) inUnit(s.precision);
        else expect(s.precision).toBeNaN();
      }
      expect(g.bm25.extractedPerSentence).toBeLessThanOrEqual(5);
    }
    expect(report.titles.find((g) => g.lang === 'all' && g.split === 'all')!.n).toBe(fixture.titles.length);
    const all = report.sentences.find((g) => g.lang === 'all' && g.split === 'all' && g.source === 'all')!;
    expect(all.n).toBe(fixture.sentences.length);
    inUnit(all.bm25.precision);
    inUnit(all.service.precision);
    for (const l of [report.latency.titles.service, report.latency.sentences.service]) {
      expect(l.n).toBe(8);
      expect(l.p95Ms).toBeGreaterThanOrEqual(0);
      expect(l.p95Ms).toBeLessThanOrEqual(l.maxMs);
    }
  });

  it('BM25 finds the titles that are exact ESCO labels first', () => {
    const exact = report.runs.titles.filter((r) => {
      const table = tax.snapshot.occupations;
      const id = table.uris.indexOf(r.item.gold[0]);
      const labels = [table.labels.preferred[r.item.lang][id], ...table.labels.alt[r.item.lang][id]];
      return labels.some((l) => normalise(l, r.item.lang) === normalise(r.item.text, r.item.lang));
    });
    expect(exact.map((r) => r.item.id).sort()).toEqual(['demo-t02', 'demo-t04', 'demo-t05', 'demo-t07']);
    for (const r of exact) expect(r.bm25[0]).toBe(r.item.gold[0]);
  });

  it('takes the service ranking from its ranked list by relevance, and its extracted set at the default threshold', () => {
    const text = 'Buscamos cajera con manejo de caja registradora y servicio al cliente.';
    const { ranked, extracted } = serviceSentence(tax, { text, lang: 'es' });
    const skills = tax.extract(text, { lang: 'es', limit: 10, minConfidence: RANKING_FLOOR }).skills;
    expect(extracted).toEqual(skills.filter((s) => s.confidence >= DEFAULT_MIN_CONFIDENCE).map((s) => s.uri));
    for (const uri of extracted) expect(ranked).toContain(uri);
    expect(extracted.length).toBeGreaterThan(0);
    const conf = ranked.map((u) => skills.find((s) => s.uri === u)!.confidence);
    for (let i = 1; i < conf.length; i++) expect(conf[i - 1]).toBeGreaterThanOrEqual(conf[i]);
    // A negative sentence's extractions count against precision.
    const negatives = report.runs.sentences.filter((r) => r.item.gold.length === 0);
    expect(negatives).toHaveLength(2);
  });

  it('reports the targets with a verdict each, and renders the document', () => {
    const targets = evaluateTargets(report);
    expect(targets).toHaveLength(8);
    for (const t of targets) expect(t.met === null || typeof t.met === 'boolean').toBe(true);
    const doc = renderQuality(report, fixture, { date: '2026-01-01', taxonomy: 'the demo taxonomy', fixtureDir: 'test/fixtures/taxonomy-eval-demo', baseline: '', runSeconds: 1 });
    expect(doc).toContain('## Targets (issue 16)');
    expect(doc).toMatch(/\| title -> occupation MRR@10 +\| test +\| es +\| +2 \|/);
    expect(doc).toContain('sentence -> skills RP@5');
    expect(doc).not.toContain('NaN');
  });

  it('ratio: service / BM25, infinite over a zero baseline, undefined for 0 / 0', () => {
    expect(ratio(0.6, 0.4)).toBeCloseTo(1.5, 12);
    expect(ratio(0.5, 0)).toBe(Infinity);
    expect(ratio(0, 0)).toBeNaN();
  });

  it('rejects malformed fixture rows, naming the row', () => {
    const ok = { id: 'x', lang: 'es', text: 'cajera', gold: ['http://data.europa.eu/esco/occupation/x'], split: 'dev' };
    expect(() => parseEvalFixture([ok], [])).not.toThrow();
    expect(() => parseEvalFixture([{ ...ok, lang: 'fr' }], [])).toThrow(/row 0 \(id x\): lang/);
    expect(() => parseEvalFixture([{ ...ok, gold: [] }], [])).toThrow(/at least one gold/);
    expect(() => parseEvalFixture([ok, ok], [])).toThrow(/duplicate id/);
    expect(() => parseEvalFixture([], [{ ...ok, source: 'tweet' }])).toThrow(/source/);
    expect(() => parseEvalFixture([], [{ ...ok, source: 'job_ad', gold: [] }])).not.toThrow();
  });
});
