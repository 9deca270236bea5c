import { demoTaxonomy } from './demo-fixture';
import { CANDIDATE_MIN_CONFIDENCE, DEFAULT_MIN_CONFIDENCE, type ExtractedConcept } from './extract';
import type { Taxonomy } from './taxonomy';

describe('extractConcepts', () => {
  let tax: Taxonomy;
  beforeAll(async () => {
    tax = await demoTaxonomy();
  });
  const en = (c: ExtractedConcept | null) =>
    !c ? null : c.kind === 'skill' ? tax.snapshot.skills.labels.preferred.en[c.id] : tax.snapshot.occupations.labels.preferred.en[c.id];

  it('reads a gendered job title and a multi-word skill from a Spanish ad, with spans', () => {
    const text = 'se busca vendedor/a con manejo de caja registradora';
    const r = tax.extract(text);
    expect(r.lang).toBe('es');
    expect(en(r.occupation)).toBe('sales assistant');
    expect(r.occupation!.span).toEqual({ start: 9, end: 19, text: 'vendedor/a' });
    expect(r.occupations.map(en)).toEqual(['sales assistant']);
    const cash = r.skills.find((s) => en(s) === 'operate cash register')!;
    expect(cash.span.text).toBe('manejo de caja registradora');
    expect(text.slice(cash.span.start, cash.span.end)).toBe('manejo de caja registradora');
    expect(cash.match).toBe(1);
    expect(cash.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
  });

  it('reads a partial wording, scored below the default threshold (its precision is too low to return by default)', () => {
    const text = 'se busca vendedor/a con manejo de caja';
    expect(tax.extract(text).skills).toEqual([]);
    const cash = tax.extract(text, { minConfidence: 0 }).skills.find((s) => en(s) === 'operate cash register')!;
    expect(cash.span.text).toBe('manejo de caja');
    expect(cash.match).toBeGreaterThan(0.75);
    expect(cash.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
  });

  it('reads a bakery skill from a case note, higher when the text names the baker (ESCO essential skill)', () => {
    const alone = tax.extract('sabe hornear pan', { minConfidence: 0 });
    expect(alone.skills.map(en).join(' | ')).toMatch(/bak|bread|oven/);
    const withBaker = tax.extract('panadera, sabe hornear pan', { minConfidence: 0 });
    expect(en(withBaker.occupation)).toBe('baker');
    const skill = (r: typeof alone) => r.skills.find((s) => en(s) === en(alone.skills[0]))!;
    expect(skill(withBaker).confidence).toBeGreaterThan(skill(alone).confidence);
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

  it('ends a span before a word it already holds, and sorts skills by relevance', () => {
    const text = 'can operate a forklift and operate a cash register';
    const r = tax.extract(text);
    expect(r.skills.map((s) => [en(s), s.span.text])).toEqual([
      ['operate cash register', 'operate a cash register'],
      ['operate forklift', 'operate a forklift'],
    ]);
    expect(r.skills[0].confidence).toBeGreaterThanOrEqual(r.skills[1].confidence);
    expect(tax.extract(text, { limit: 1 }).skills.map(en)).toEqual(['operate cash register']);
  });

  it('never reads a skill from a lone verb form, a stop verb or a name', () => {
    for (const text of ['ponía', 'trabajó', 'Trabajó en Caracas', 'worked', 'used']) {
      const r = tax.extract(text, { minConfidence: 0 });
      expect({ text, skills: r.skills.map(en) }).toEqual({ text, skills: [] });
    }
    const text = 'Vivía en Caracas con Yorman';
    expect(tax.extract(text).skills).toEqual([]);
    const names = tax.extract(text, { minConfidence: 0 }).skills.filter((s) => /Caracas|Yorman/.test(s.span.text));
    expect(names).toEqual([]);
  });

  it('ranks, below the default threshold, the essential skills of an occupation it reads and the skills the sentence shares words with', () => {
    const text = 'panadera, sabe hornear pan';
    const ranked = tax.extract(text, { minConfidence: CANDIDATE_MIN_CONFIDENCE, limit: 20 }).skills;
    const inferred = ranked.filter((s) => s.source === 'occupation');
    expect(inferred.length).toBeGreaterThan(0);
    expect(inferred.every((s) => s.span.text === 'panadera' && s.confidence < DEFAULT_MIN_CONFIDENCE)).toBe(true);
    expect(ranked.map((s) => s.confidence)).toEqual([...ranked.map((s) => s.confidence)].sort((a, b) => b - a));
    expect(tax.extract(text).skills.every((s) => s.source === 'words')).toBe(true);
    for (const s of ranked) expect(text.slice(s.span.start, s.span.end)).toBe(s.span.text);
  });

  it('reads inflected verbs through their infinitive inside a longer window', () => {
    const r = tax.extract('manejaba una caja registradora', { minConfidence: 0 });
    expect(r.skills.map(en)).toContain('operate cash register');
  });

  it('returns nothing from text without concepts', () => {
    const r = tax.extract('hola, ¿qué tal?');
    expect(r.occupation).toBeNull();
    expect(r.occupations).toEqual([]);
    expect(r.skills).toEqual([]);
  });
});
