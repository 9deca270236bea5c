import type { EscoDataset } from './types';
import { withLocalLabels } from './local-labels';

const dataset = (languages: string[]): EscoDataset => ({
  languages,
  occupations: [{ uri: 'occ:1', iscoGroup: '8344', code: null, labels: { en: { preferred: 'forklift operator', alt: [], hidden: [] } }, description: {} }],
  skills: [],
  skillGroups: [],
  iscoGroups: [],
  relations: [],
  broader: [],
});

describe('withLocalLabels', () => {
  const local = [{ kind: 'occupation' as const, uri: 'occ:1', lang: 'es', labels: ['montacarguista', 'operador de montacargas'] }];

  it('adds labels to the concepts present, the first becoming the preferred label of a language without one', () => {
    const out = withLocalLabels(dataset(['en', 'es']), local);
    expect(out.occupations[0].labels.es).toEqual({ preferred: 'montacarguista', alt: ['operador de montacargas'], hidden: [] });
    expect(out.occupations[0].labels.en.preferred).toBe('forklift operator');
  });

  it('leaves the input unchanged, skips languages the data does not have and unknown concepts', () => {
    const input = dataset(['en']);
    const out = withLocalLabels(input, [...local, { kind: 'skill', uri: 'skill:x', lang: 'en', labels: ['x'] }]);
    expect(out.occupations[0].labels.es).toBeUndefined();
    expect(out.skills).toEqual([]);
    expect(input.occupations[0].labels.es).toBeUndefined();
  });

  it('drops mistranslated labels of a language, the first local label replacing a dropped preferred one', () => {
    const ds = dataset(['en', 'es']);
    ds.occupations[0].labels.es = { preferred: 'enfermero/enfermera', alt: ['enfermero', 'flebotomista'], hidden: [] };
    const out = withLocalLabels(ds, [{ kind: 'occupation', uri: 'occ:1', lang: 'es', labels: ['técnico en flebotomía'], drop: ['enfermero/enfermera', 'enfermero'] }]);
    expect(out.occupations[0].labels.es).toEqual({ preferred: 'técnico en flebotomía', alt: ['flebotomista'], hidden: [] });
  });
});
