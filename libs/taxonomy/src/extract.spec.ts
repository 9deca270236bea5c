import { demoTaxonomy } from './demo-fixture';
import type { ExtractedConcept } from './extract';
import type { Taxonomy } from './taxonomy';

describe('extractConcepts', () => {
  let tax: Taxonomy;
  beforeAll(async () => {
    tax = await demoTaxonomy();
  });
  const en = (c: ExtractedConcept | null) =>
    !c ? null : c.kind === 'skill' ? tax.snapshot.skills.labels.preferred.en[c.id] : tax.snapshot.occupations.labels.preferred.en[c.id];

  it('reads a gendered job title and a multi-word skill from a Spanish ad, with spans', () => {
    const text = 'se busca vendedor/a con manejo de caja';
    const r = tax.extract(text);
    expect(r.lang).toBe('es');
    expect(en(r.occupation)).toBe('sales assistant');
    expect(r.occupation!.span).toEqual({ start: 9, end: 19, text: 'vendedor/a' });
    const cash = r.skills.find((s) => en(s) === 'operate cash register')!;
    expect(cash).toBeDefined();
    expect(cash.span.text).toBe('manejo de caja');
    expect(text.slice(cash.span.start, cash.span.end)).toBe('manejo de caja');
  });

  it('reads a bakery skill from a case note', () => {
    const r = tax.extract('sabe hornear pan');
    expect(r.skills.map(en).join(' | ')).toMatch(/bak|bread|oven/);
  });

  it('handles accents left out, typos and bracket gender forms', () => {
    expect(en(tax.extract('operador de carretila elevadora').occupation)).toBe('forklift operator');
    expect(en(tax.extract('trabajo en panaderia como panadero').occupation)).toBe('baker');
    const r = tax.extract('Camarero(a) para restaurante');
    expect(en(r.occupation)).toBe('waiter/waitress');
    expect(r.occupation!.span.text).toBe('Camarero(a)');
  });

  it('reads English text', () => {
    const r = tax.extract('Looking for a forklift operator who can operate a cash register');
    expect(r.lang).toBe('en');
    expect(en(r.occupation)).toBe('forklift operator');
    expect(r.skills.map(en)).toContain('operate cash register');
  });

  it('ends a span before a word it already holds', () => {
    const text = 'can operate a forklift and operate a cash register';
    const r = tax.extract(text);
    expect(r.skills.map((s) => [en(s), s.span.text])).toEqual([
      ['operate forklift', 'operate a forklift'],
      ['operate cash register', 'operate a cash register'],
    ]);
  });

  it('returns nothing from text without concepts', () => {
    const r = tax.extract('hola, ¿qué tal?');
    expect(r.occupation).toBeNull();
    expect(r.skills).toEqual([]);
  });
});
