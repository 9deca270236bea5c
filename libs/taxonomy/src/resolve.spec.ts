import { demoTaxonomy } from './demo-fixture';
import { DEFAULT_RESOLVE_THRESHOLD, isResolved, resolveLabel, resolveLabels } from './resolve';
import type { Taxonomy } from './taxonomy';

const OCC = 'http://data.europa.eu/esco/occupation/';
const BAKER = `${OCC}1aadb308-432a-4d01-b54b-b4f7f76dd419`;
const FORKLIFT_OPERATOR = `${OCC}eeac6251-1974-42f5-91ed-513c6c883755`;
const SALES_ASSISTANT = `${OCC}9ba74e8a-c40c-4228-9998-eb3c7a5c11df`;
const OPERATE_CASH_REGISTER = 'http://data.europa.eu/esco/skill/0cb013af-6dd9-4fb2-b34e-63dda1a5cf82';

describe('resolveLabels', () => {
  let tax: Taxonomy;
  beforeAll(async () => {
    tax = await demoTaxonomy();
  });

  it('resolves job titles written with accents left out, typos and gender forms, keeping what was typed', () => {
    const out = resolveLabels(tax, [{ label: 'panadera' }, { label: 'panadro' }, { label: 'vendedor/a' }], { kind: 'occupation', lang: 'es' });
    expect(out.map((o) => (isResolved(o) ? o.uri : null))).toEqual([BAKER, BAKER, SALES_ASSISTANT]);
    expect(out[0]).toEqual({ uri: BAKER, label: 'panadero/panadera', resolvedFrom: 'panadera', confidence: 1 });
    expect(isResolved(out[1]) && out[1].confidence).toBeGreaterThanOrEqual(DEFAULT_RESOLVE_THRESHOLD);
    expect(isResolved(out[1]) && out[1].confidence).toBeLessThan(1);
  });

  it('returns the preferred label in the asked language, whichever language the text matched', () => {
    const [baker] = resolveLabels(tax, [{ label: 'baker' }], { kind: 'occupation', lang: 'es' });
    expect(baker).toMatchObject({ uri: BAKER, label: 'panadero/panadera', resolvedFrom: 'baker' });
    const [en] = resolveLabels(tax, [{ label: 'panadero' }], { kind: 'occupation', lang: 'en' });
    expect(en).toMatchObject({ uri: BAKER, label: 'baker' });
  });

  it('resolves multi-word skills and keeps the other fields of an item', () => {
    const [cash] = resolveLabels(tax, [{ label: 'manejo de caja registradora', level: 'advanced' as const }], { kind: 'skill', lang: 'es' });
    expect(cash).toEqual({ uri: OPERATE_CASH_REGISTER, label: 'manejar una caja registradora', resolvedFrom: 'manejo de caja registradora', confidence: 1, level: 'advanced' });
  });

  it('leaves free text that no concept fits confidently exactly as given', () => {
    const items = [{ label: 'ingeniero nuclear' }, { label: 'limpieza' }, { label: '   ' }];
    const out = resolveLabels(tax, items, { kind: 'occupation', lang: 'es' });
    expect(out).toEqual(items);
    expect(out.some(isResolved)).toBe(false);
    expect(resolveLabels(tax, [{ label: 'limpieza' }], { kind: 'skill', lang: 'es' })).toEqual([{ label: 'limpieza' }]);
  });

  it('does not touch items that already carry a URI, and follows the threshold', () => {
    const sent = { uri: 'http://data.europa.eu/esco/occupation/not-in-the-demo', label: 'panadero' };
    expect(resolveLabels(tax, [sent], { kind: 'occupation' })).toEqual([sent]);
    expect(resolveLabels(tax, [{ label: 'panadro' }], { kind: 'occupation', lang: 'es', threshold: 0.99 })).toEqual([{ label: 'panadro' }]);
  });

  it('counts a repeated word once (both gender forms written out)', () => {
    expect(resolveLabel(tax, 'vendedor/vendedora', { kind: 'occupation', lang: 'es' })).toMatchObject({ uri: SALES_ASSISTANT, confidence: 1 });
    expect(resolveLabel(tax, 'panadero panadero', { kind: 'occupation', lang: 'es' })).toMatchObject({ uri: BAKER, confidence: 1 });
  });

  it('reads the regional (Latin American) wordings added to ESCO', () => {
    expect(resolveLabel(tax, 'montacarguista', { kind: 'occupation', lang: 'es' })?.uri).toBe(FORKLIFT_OPERATOR);
    expect(resolveLabel(tax, 'operador de montacargas', { kind: 'occupation', lang: 'es' })?.uri).toBe(FORKLIFT_OPERATOR);
    expect(resolveLabel(tax, 'mesera', { kind: 'occupation', lang: 'es' })?.label).toBe('camarero/camarera');
  });

  it('normalises a job title as employers write it before resolving it', () => {
    const WAITER = `${OCC}d5db9d5c-2ebf-4a54-a79a-1b7e7ff70471`;
    expect(resolveLabel(tax, 'Se necesita mesero/a urgente - Restaurante El Buen Sabor', { kind: 'occupation', lang: 'es' })).toMatchObject({ uri: WAITER, confidence: 1 });
    expect(resolveLabel(tax, 'Panadero/a turno de mañana', { kind: 'occupation', lang: 'es' })?.uri).toBe(BAKER);
    expect(resolveLabel(tax, 'Forklift Operator - nights, £11.50/hr', { kind: 'occupation', lang: 'en' })?.uri).toBe(FORKLIFT_OPERATOR);
  });

  it('ranks occupations for a title: the normalised title, with the raw title as a fallback', () => {
    expect(tax.titleOccupations('Cajera medio tiempo Supermaxi', { lang: 'es' })[0]).toMatchObject({ uri: `${OCC}2b871272-bd61-4206-bd1a-0b96d7023098`, confidence: 1 });
    const ranked = tax.titleOccupations('Kitchen porter (dishwasher), full time', { lang: 'en', limit: 3 });
    expect(ranked[0]).toMatchObject({ uri: `${OCC}f756fdab-7726-4c48-bfcc-94ff8810fc08`, confidence: 1 });
    expect(ranked.length).toBeLessThanOrEqual(3);
    expect(ranked.map((c) => c.confidence)).toEqual([...ranked.map((c) => c.confidence)].sort((a, b) => b - a));
  });
});
