import { demoTaxonomy } from './demo-fixture';
import { LabelIndex, typoFactor } from './label-index';
import type { Taxonomy } from './taxonomy';

describe('LabelIndex', () => {
  let tax: Taxonomy;
  beforeAll(async () => {
    tax = await demoTaxonomy();
  });
  const en = (c: { kind: string; id: number }) =>
    c.kind === 'skill' ? tax.snapshot.skills.labels.preferred.en[c.id] : tax.snapshot.occupations.labels.preferred.en[c.id];

  it('finds an occupation by its exact title in either language, with confidence 1', () => {
    const [top] = tax.occupations('baker');
    expect(en(top)).toBe('baker');
    expect(top.confidence).toBe(1);
    expect(en(tax.occupations('panadero')[0])).toBe('baker');
    expect(en(tax.occupations('camarero/a', { lang: 'es' })[0])).toBe('waiter/waitress');
  });

  it('autocompletes a prefix', () => {
    const top = tax.occupations('forkl');
    expect(en(top[0])).toBe('forklift operator');
    expect(top[0].confidence).toBeLessThan(1);
  });

  it('ignores accents and corrects typos', () => {
    expect(en(tax.occupations('albanil', { lang: 'es' })[0])).toBe('bricklayer');
    expect(en(tax.occupations('operador de carretila elevadora', { lang: 'es' })[0])).toBe('forklift operator');
  });

  it('ranks skills for a multi-word query', () => {
    const c = tax.skills('operate cash register', { lang: 'en' });
    expect(en(c[0])).toBe('operate cash register');
    expect(c.every((x) => x.kind === 'skill')).toBe(true);
  });

  it('returns nothing for words it does not know', () => {
    expect(tax.occupations('xqzt wvvk')).toEqual([]);
  });

  it('scores equal content words 1 and partial ones lower', () => {
    const idx = LabelIndex.build([
      { kind: 'skill', id: 0, uri: 'u0', lang: 'en', text: 'bake bread', preferred: true },
      { kind: 'skill', id: 1, uri: 'u1', lang: 'en', text: 'bake pastry products', preferred: true },
    ]);
    const c = idx.lookup('baking bread', { prefix: false });
    expect(c[0]).toMatchObject({ id: 0, confidence: 1 });
    expect(c[1].confidence).toBeLessThan(0.7);
    expect(typoFactor(1)).toBe(1);
    expect(typoFactor(0.9)).toBeCloseTo(0.7);
  });
});
