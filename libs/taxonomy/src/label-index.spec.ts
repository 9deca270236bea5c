import { demoTaxonomy } from './demo-fixture';
import { editDistance, LabelIndex, TYPO_MAX_EDITS, typoFactor } from './label-index';
import { stem, tokenise } from './normalise';
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

  it('corrects a typo by at most one letter more or less in a short word, and only what it is asked to', () => {
    const idx = LabelIndex.build([
      { kind: 'skill', id: 0, uri: 'u0', lang: 'es', text: 'tipos de caras', preferred: true },
      { kind: 'skill', id: 1, uri: 'u1', lang: 'es', text: 'panadero', preferred: true },
    ]);
    const terms = (text: string, opts: Partial<Parameters<LabelIndex['resolveTerms']>[2]> = {}) =>
      idx.resolveTerms(tokenise(text, 'es'), 'es', { fuzzy: true, prefixLast: false, ...opts }).map((t) => t.alts.map((a) => a.stem));
    expect(terms('caracas')).toEqual([[]]); // two letters more: another word, not a typo
    expect(terms('panadro')[0]).toHaveLength(1);
    expect(terms('panadro', { minFuzzyLength: 8 })).toEqual([[]]);
    expect(terms('Panadro', { noFuzzy: (t) => t.raw[0] !== t.raw[0].toLowerCase() })).toEqual([[]]);
  });

  it('reads verb forms through the infinitives it knows, and never typo-corrects them', () => {
    const idx = LabelIndex.build([
      { kind: 'skill', id: 0, uri: 'u0', lang: 'es', text: 'hacer pan', preferred: true },
      { kind: 'skill', id: 1, uri: 'u1', lang: 'es', text: 'Ponie', preferred: true },
    ]);
    const [hizo] = idx.resolveTerms(tokenise('hizo', 'es'), 'es', { fuzzy: true, prefixLast: false, lemmas: true });
    expect(hizo.verb).toEqual({ lemmas: ['hacer'], strong: true });
    expect(hizo.alts.map((a) => a.stem)).toEqual([stem('hacer', 'es')]);
    const [hice] = idx.resolveTerms(tokenise('hiciera', 'es'), 'es', { fuzzy: true, prefixLast: false, lemmas: true });
    expect(hice.typo).toBeFalsy();
  });

  it('knows the words of occupation labels', () => {
    expect(tax.index.isOccupationWord('panadero')).toBe(true);
    expect(tax.index.occupationWordWeight('panadero', 'es')).toBeGreaterThan(0);
    expect(tax.index.isOccupationWord('supermaxi')).toBe(false);
  });

  it('bounds a typo correction in running text by edits: one slip, two in a long word', () => {
    expect(editDistance('panadro', 'panadero', 2)).toBe(1);
    expect(editDistance('carretila', 'carretilla', 2)).toBe(1);
    expect(editDistance('cajreo', 'cajero', 2)).toBe(1); // transposition
    expect(editDistance('alcaldia', 'alcalina', 1)).toBeGreaterThan(TYPO_MAX_EDITS('alcaldia'.length));
    expect(editDistance('carburadores', 'carburantes', 2)).toBeGreaterThan(TYPO_MAX_EDITS('carburadores'.length));
    expect(editDistance('abc', 'abc', 0)).toBe(0);
  });
});
