import { contentStems, foldCase, normalise, stem, tokenise } from './normalise';

describe('normalise', () => {
  it('folds case and accents', () => {
    expect(foldCase('Panadería ÑANDÚ')).toBe('panaderia nandu');
    expect(stem(foldCase('panadería'), 'es')).toBe(stem('panaderia', 'es'));
  });

  it('drops gender suffixes written with a slash or in brackets', () => {
    expect(normalise('Vendedor/a de caja')).toBe('vendedor de caja');
    expect(normalise('vendedor(a)')).toBe('vendedor');
    expect(normalise('camarero/a')).toBe('camarero');
    // Full forms stay: both words stem alike.
    expect(normalise('vendedora/vendedor')).toBe('vendedora vendedor');
    expect(contentStems('vendedora/vendedor', 'es')).toEqual([stem('vendedor', 'es')]);
  });

  it('keeps offsets into the original text', () => {
    const text = 'Se busca  Camarero/a, urgente';
    for (const t of tokenise(text, 'es')) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });

  it('marks stop words per language', () => {
    expect(contentStems('manejo de la caja', 'es')).toEqual([stem('manejo', 'es'), stem('caja', 'es')]);
    expect(contentStems('operate the cash register', 'en')).toEqual(['oper', 'cash', 'regist']);
  });

  it('does not fold a content word into a stop word', () => {
    expect(contentStems('técnica en uñas', 'es')).toEqual([stem('tecnica', 'es'), stem('unas', 'es')]);
    expect(contentStems('unas manos', 'es')).toEqual([stem('manos', 'es')]);
  });
});
