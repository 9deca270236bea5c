import { isStopVerb, lemmatise } from './lemmatise';

const KNOWN = new Set(['poner', 'hacer', 'tener', 'saber', 'trabajar', 'amasar', 'hornear', 'atender', 'conducir', 'vender', 'limpiar', 'fregar', 'leer', 'construir', 'cocinar', 'drive', 'bake', 'work', 'stop', 'carry', 'make', 'cook', 'fee']);
const knows = (w: string) => KNOWN.has(w);

describe('lemmatise', () => {
  it('reads Spanish imperfect, preterite, gerund and irregular forms as strong verb readings', () => {
    const cases: Array<[string, string]> = [
      ['ponía', 'poner'], ['hacía', 'hacer'], ['tenía', 'tener'], ['sabía', 'saber'], ['conducía', 'conducir'],
      ['hizo', 'hacer'], ['puso', 'poner'], ['condujo', 'conducir'], ['trabajó', 'trabajar'], ['amasaba', 'amasar'],
      ['horneaba', 'hornear'], ['atendió', 'atender'], ['vendiendo', 'vender'], ['limpiaron', 'limpiar'], ['leyendo', 'leer'], ['construyó', 'construir'],
    ];
    for (const [form, infinitive] of cases) expect({ form, reading: lemmatise(form, 'es', knows) }).toEqual({ form, reading: { lemmas: [infinitive], strong: true } });
  });

  it('gives present forms and stem changes a weak reading (nouns look the same), and nouns none', () => {
    expect(lemmatise('trabajo', 'es', knows)).toEqual({ lemmas: ['trabajar'], strong: false });
    expect(lemmatise('cocina', 'es', knows)).toEqual({ lemmas: ['cocinar'], strong: false });
    expect(lemmatise('friega', 'es', knows)).toEqual({ lemmas: ['fregar'], strong: false });
    expect(lemmatise('panadería', 'es', knows)).toBeNull();
    expect(lemmatise('hornear', 'es', knows)).toBeNull(); // already an infinitive
  });

  it('only keeps infinitives the index knows', () => {
    expect(lemmatise('ponía', 'es', () => false)).toBeNull();
    expect(lemmatise('embonchaba', 'es', knows)).toBeNull();
  });

  it('reads English -ed, -ing, -s and irregular forms', () => {
    expect(lemmatise('baked', 'en', knows)).toEqual({ lemmas: ['bake'], strong: true });
    expect(lemmatise('stopped', 'en', knows)).toEqual({ lemmas: ['stop'], strong: true });
    expect(lemmatise('carried', 'en', knows)).toEqual({ lemmas: ['carry'], strong: true });
    expect(lemmatise('drove', 'en', knows)).toEqual({ lemmas: ['drive'], strong: true });
    expect(lemmatise('made', 'en', knows)).toEqual({ lemmas: ['make'], strong: true });
    expect(lemmatise('working', 'en', knows)).toEqual({ lemmas: ['work'], strong: false });
    expect(lemmatise('cooks', 'en', knows)).toEqual({ lemmas: ['cook'], strong: false });
    expect(lemmatise('feed', 'en', knows)).toBeNull(); // not the past of "fee"
  });

  it('knows the stop verbs, as written or through a reading', () => {
    expect(isStopVerb('trabajar', 'es')).toBe(true);
    expect(isStopVerb('trabajo', 'es', lemmatise('trabajó', 'es', knows))).toBe(true);
    expect(isStopVerb('used', 'en', { lemmas: ['use'], strong: true })).toBe(true);
    expect(isStopVerb('hornear', 'es')).toBe(false);
    expect(isStopVerb('work', 'fr')).toBe(false);
  });
});
