import { demoTaxonomy } from './demo-fixture';
import { BM25_B, BM25_K1, Bm25Index, bm25Terms, type Bm25Source } from './bm25-index';

const S = 'http://example.org/skill/';

/** Three skills in English, one with an alternative label; one Spanish label. */
const source: Bm25Source = {
  languages: ['en', 'es'],
  skills: {
    uris: [`${S}0`, `${S}1`, `${S}2`],
    labels: {
      preferred: { en: ['operate forklift', 'operate cash register', 'bake bread'], es: ['manejar carretillas elevadoras', '', ''] },
      alt: { en: [['drive forklift truck'], [], []], es: [[], [], []] },
    },
  },
  occupations: { uris: [], labels: { preferred: { en: [], es: [] }, alt: { en: [], es: [] } } },
};

describe('Bm25Index', () => {
  it('searches descriptions too when the source gives them', () => {
    const described = { ...source, skills: { ...source.skills, descriptions: { en: ['', '', 'Knead dough and bake loaves in an oven.'] } } };
    expect(Bm25Index.build(source, 'skill').search('knead the dough', 'en')).toEqual([]);
    expect(Bm25Index.build(described, 'skill').search('knead the dough', 'en')).toMatchObject([{ uri: `${S}2`, terms: ['knead', 'dough'] }]);
  });

  it('analyses text: folded, stop words out, Porter-stemmed per language', () => {
    expect(bm25Terms('Operating the Forklifts', 'en')).toEqual(['oper', 'forklift']);
    expect(bm25Terms('Operador de Carretilla Elevadora', 'es')).toEqual(['oper', 'carretill', 'elev']);
    // Accents do not matter.
    expect(bm25Terms('panadería', 'es')).toEqual(bm25Terms('panaderia', 'es'));
  });

  it('scores by Okapi BM25 with k1 1.2, b 0.75 and the Lucene IDF, computed by hand', () => {
    const index = Bm25Index.build(source, 'skill');
    // English documents: d0 = oper forklift drive forklift truck (5 terms), d1 = oper cash regist (3),
    // d2 = bake bread (2); N = 3, average length 10/3.
    const avg = 10 / 3;
    const idf = (df: number) => Math.log(1 + (3 - df + 0.5) / (df + 0.5));
    const term = (tf: number, dl: number, df: number) => (idf(df) * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * (1 - BM25_B + (BM25_B * dl) / avg));

    const forklift = index.search('forklift', 'en');
    expect(forklift.map((h) => h.uri)).toEqual([`${S}0`]);
    // tf 2 in a 5-term document, df 1: ln(8/3) · 4.4 / (2 + 1.2 · (0.25 + 0.75 · 1.5)) = ln(8/3) · 4.4 / 3.65.
    expect(forklift[0].score).toBeCloseTo((Math.log(8 / 3) * 4.4) / 3.65, 10);
    expect(forklift[0].score).toBeCloseTo(term(2, 5, 1), 10);

    const operate = index.search('operate the forklift', 'en');
    expect(operate.map((h) => h.id)).toEqual([0, 1]);
    expect(operate[0].score).toBeCloseTo(term(1, 5, 2) + term(2, 5, 1), 10);
    // d1: "oper" once in 3 terms, df 2: ln(1.6) · 2.2 / (1 + 1.2 · (0.25 + 0.675)) = ln(1.6) · 2.2 / 2.11.
    expect(operate[1].score).toBeCloseTo((Math.log(1.6) * 2.2) / 2.11, 10);
  });

  it('searches only the documents of the query language, and returns nothing for unknown words', () => {
    const index = Bm25Index.build(source, 'skill');
    expect(index.documents('en')).toBe(3);
    expect(index.documents('es')).toBe(1);
    expect(index.search('carretilla elevadora', 'es').map((h) => h.id)).toEqual([0]);
    expect(index.search('carretilla elevadora', 'en')).toEqual([]);
    expect(index.search('xqzt', 'en')).toEqual([]);
    expect(index.search('the of', 'en')).toEqual([]);
    expect(index.search('forklift', 'fr')).toEqual([]);
  });

  it('ranks skills for a whole sentence, naming the query terms each one holds', async () => {
    const tax = await demoTaxonomy();
    const skills = Bm25Index.build(tax.snapshot, 'skill');
    const hits = skills.search('Must be able to operate a cash register and handle customer complaints.', 'en', 5);
    expect(hits).toHaveLength(5);
    expect(hits.map((h) => tax.snapshot.skills.labels.preferred.en[h.id])).toContain('operate cash register');
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(hits.find((h) => tax.snapshot.skills.labels.preferred.en[h.id] === 'operate cash register')?.terms.sort()).toEqual(['cash', 'oper', 'regist']);
    const occupations = Bm25Index.build(tax.snapshot, 'occupation');
    expect(tax.snapshot.occupations.labels.preferred.en[occupations.search('forklift operator', 'en', 1)[0].id]).toBe('forklift operator');
  });
});
