import type { MatchingReads, MatchResultsRow } from '@app/persistence';
import type { TaxonomyService } from '@app/taxonomy/http';
import { RecommendationsQuerySchema } from '@app/contracts';
import { RecommendationsPresenter } from './recommendations.presenter';

const JOB = '11111111-1111-1111-1111-111111111111';
const COURSE = '22222222-2222-2222-2222-222222222222';
const OLD_COURSE = '33333333-3333-3333-3333-333333333333';

/** A stored row: one job missing skill 7, covered by COURSE (titled in the document) and OLD_COURSE (not). */
function row(courseTitles?: Record<string, string>): MatchResultsRow {
  return {
    profileId: '44444444-4444-4444-4444-444444444444',
    profileVersion: 2,
    indexVersion: 9,
    taxonomyVersion: 't',
    computedAt: '2026-11-24T00:00:00.000Z',
    complete: false,
    excluded: null,
    results: {
      options: [{ opportunityId: JOB, kind: 'job', score: 70, rankScore: 70, components: {}, pathway: null, reasons: [{ code: 'skills_missing', missing: 1, total: 2, skills: [{ skillId: 7, coveredBy: [] }] }] }],
      skillUris: {},
      incomplete: [],
      coveredBy: { '7': [COURSE, OLD_COURSE] },
      ...(courseTitles ? { courseTitles } : {}),
    },
  };
}

describe('RecommendationsPresenter', () => {
  const asked: Array<{ detailed: readonly string[]; titled: readonly string[] }> = [];
  const reads = {
    presented: async (detailed: readonly string[], titled: readonly string[] = []) => {
      asked.push({ detailed, titled });
      const titles = new Map<string, string>([[JOB, 'Cajera/o']]);
      for (const id of titled) titles.set(id, id === COURSE ? 'título leído' : 'Curso antiguo');
      return { opportunities: new Map([[JOB, { id: JOB, title: 'Cajera/o', organisationId: 'o', schedule: null, hoursPerWeek: null, durationWeeks: null, startDate: null }]]), titles };
    },
  } as unknown as MatchingReads;
  const taxonomy = { taxonomy: { ids: { skill: () => -1 }, preferredLabel: () => '' } } as unknown as TaxonomyService;
  const presenter = new RecommendationsPresenter(reads, taxonomy);
  const query = RecommendationsQuerySchema.parse({});

  beforeEach(() => (asked.length = 0));

  it('names covering courses with the titles stored in the results, reading only the titles they lack', async () => {
    const page = await presenter.present(row({ [COURSE]: 'Curso de montacargas' }), query, 'es');
    expect(asked).toEqual([{ detailed: [JOB], titled: [OLD_COURSE] }]);
    const text = page.items[0].explanation!.join(' ');
    expect(text).toContain('Curso de montacargas');
    expect(text).toContain('Curso antiguo');
    expect(text).not.toContain('título leído');
  });

  it('reads every named course title for results written before titles were stored', async () => {
    const page = await presenter.present(row(), query, 'es');
    expect(asked).toEqual([{ detailed: [JOB], titled: [COURSE, OLD_COURSE] }]);
    expect(page.items[0].explanation!.join(' ')).toContain('título leído');
  });
});
