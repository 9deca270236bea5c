import type { Pathway } from '../model';
import { opportunity, pair, person, training } from '../testing/builders';
import { aspirationComponent } from './aspiration';

const asp = (prefs: Partial<ReturnType<typeof person>['aspirations']>, o = opportunity()) => {
  const w = pair(person({ aspirations: { ...person().aspirations, ...prefs } }), o);
  return aspirationComponent(w.P, 0, w.O, 0);
};

describe('aspiration component', () => {
  it('is neutral when nothing is stated', () => {
    expect(asp({})).toBeCloseTo(0.5);
  });
  it('exact occupation 1, ISCO prefix 0.8, other 0 (occupation share 0.6)', () => {
    expect(asp({ preferredOccupationIds: [100] })).toBeCloseTo(0.6 + 0.2);
    expect(asp({ preferredIscoGroups: ['83'] })).toBeCloseTo(0.48 + 0.2);
    expect(asp({ preferredOccupationIds: [5] })).toBeCloseTo(0.2);
  });
  it.each<[Pathway, number]>([
    ['job', 1],
    ['training', 0],
  ])('preferred pathway %s for a job gives pathway part %p', (pathway, part) => {
    expect(asp({ preferredPathway: pathway })).toBeCloseTo(0.3 + 0.4 * part);
  });
  it('self-employment preference matches trainings that lead to it', () => {
    expect(asp({ preferredPathway: 'self_employment' }, training({ leadsToSelfEmployment: true }))).toBeCloseTo(0.7);
    expect(asp({ preferredPathway: 'self_employment' }, training())).toBeCloseTo(0.3);
  });
});
