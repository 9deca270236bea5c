import type { Bm25Hit } from './bm25-index';
import { demoTaxonomy } from './demo-fixture';
import { CANDIDATE_MIN_CONFIDENCE, DEFAULT_MIN_CONFIDENCE } from './extract';
import { FUSED_SPAN, fuseWithSearch } from './search-fusion';
import { Taxonomy } from './taxonomy';

const hit = (id: number): Bm25Hit => ({ id, uri: `u${id}`, score: 1, terms: ['t'] });

describe('fuseWithSearch', () => {
  it('keeps what is above the threshold in place and ranks the rest by weighted reciprocal rank', () => {
    const readings = [
      { id: 1, confidence: 0.9 },
      { id: 2, confidence: 0.5 },
      { id: 3, confidence: 0.4 },
    ];
    // The search ranks 3 first and brings 4, which the readings lack.
    const fused = fuseWithSearch(readings, [hit(3), hit(4)], 0.77, 0.3, (h, confidence) => ({ id: h.id, confidence }));
    expect(fused[0]).toEqual({ id: 1, confidence: 0.9 });
    // 3: 1.5/13 + 1/11 beats 2: 1.5/12, and 4: 1/12 comes last.
    expect(fused.map((f) => f.id)).toEqual([1, 3, 2, 4]);
    for (const f of fused.slice(1)) expect(f.confidence).toBeLessThan(0.77);
    expect(0.3 + FUSED_SPAN).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    // A hit that cannot be shown is left out.
    expect(fuseWithSearch(readings, [hit(4)], 0.77, 0.3, () => null).map((f) => f.id)).toEqual([1, 2, 3]);
  });
});

describe('extraction with the search over descriptions', () => {
  it('ranks a skill only its description names, below the threshold, spanned by the shared words', async () => {
    const demo = await demoTaxonomy();
    const snap = demo.snapshot;
    const id = snap.skills.labels.preferred.en.indexOf('mould doughs');
    expect(id).toBeGreaterThanOrEqual(0);
    const descriptions = { en: snap.skills.uris.map((_, i) => (i === id ? 'Shape loaves and score sourdough before it goes in the oven.' : '')) };
    const text = 'He scored sourdough loaves every morning';
    const without = new Taxonomy(snap).extract(text, { lang: 'en', minConfidence: 0 }).skills;
    expect(without.map((s) => s.id)).not.toContain(id);
    const tax = new Taxonomy(snap, descriptions);
    const found = tax.extract(text, { lang: 'en', minConfidence: 0 }).skills.find((s) => s.id === id)!;
    expect(found).toMatchObject({ source: 'sentence', span: { text: 'scored sourdough loaves' } });
    expect(found.confidence).toBeGreaterThanOrEqual(CANDIDATE_MIN_CONFIDENCE);
    expect(found.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    expect(tax.extract(text, { lang: 'en' }).skills.map((s) => s.id)).not.toContain(id);
  });
});
