import { storedTopPage, type StoredMatchDocument, type StoredMatchOption } from './results';

const option = (id: string, missingSkill: number): StoredMatchOption => ({
  opportunityId: id,
  kind: 'job',
  score: 50,
  rankScore: 50,
  components: {},
  pathway: null,
  reasons: [{ code: 'skills_missing', missing: 1, total: 1, skills: [{ skillId: missingSkill, coveredBy: [] }] }],
});

describe('storedTopPage', () => {
  it("keeps the titles of the courses covering the page's missing skills only", () => {
    const doc: StoredMatchDocument = {
      options: [option('a', 1), option('b', 2)],
      skillUris: { '1': 'u1', '2': 'u2' },
      incomplete: [],
      coveredBy: { '1': ['c1'], '2': ['c2', 'c3'] },
      courseTitles: { c1: 'Curso 1', c2: 'Curso 2', c3: 'Curso 3' },
    };
    expect(storedTopPage(doc, 1)).toEqual({ options: [doc.options[0]], skillUris: { '1': 'u1' }, incomplete: [], coveredBy: { '1': ['c1'] }, courseTitles: { c1: 'Curso 1' } });
    const { courseTitles, ...older } = doc;
    expect(courseTitles).toBeDefined();
    expect(storedTopPage(older, 1)).not.toHaveProperty('courseTitles'); // documents written before titles were stored
  });
});
