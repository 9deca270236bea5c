import { ageOn, deriveFacts } from './derived-facts';
import type { RestrictedRecord } from './restricted';

type Rec = Parameters<typeof deriveFacts>[0] & object;
const rec = (over: Partial<RestrictedRecord>): Rec => ({ authorisationKind: 'refugee', allowsWork: null, allowsTraining: null, expiresOn: null, dateOfBirth: null, ...over });
const TODAY = '2025-06-15';

describe('deriveFacts', () => {
  it('uses cautious defaults without a record', () => {
    expect(deriveFacts(null, TODAY)).toEqual({ mayWork: false, mayTrain: true, authorisationKind: null, authorisationEndsAt: null, isAdult: true, recorded: false });
  });

  it('takes what the kind allows when the record does not say', () => {
    expect(deriveFacts(rec({ authorisationKind: 'refugee' }), TODAY)).toMatchObject({ mayWork: true, mayTrain: true, authorisationKind: 'refugee' });
    expect(deriveFacts(rec({ authorisationKind: 'asylum_seeker' }), TODAY)).toMatchObject({ mayWork: false, mayTrain: true });
    expect(deriveFacts(rec({ authorisationKind: 'irregular' }), TODAY)).toMatchObject({ mayWork: false, mayTrain: false });
  });

  it('lets the recorded allowances override the defaults', () => {
    expect(deriveFacts(rec({ authorisationKind: 'asylum_seeker', allowsWork: true }), TODAY)).toMatchObject({ mayWork: true });
    expect(deriveFacts(rec({ authorisationKind: 'refugee', allowsTraining: false }), TODAY)).toMatchObject({ mayTrain: false });
  });

  it('gives citizens no permit kind and no end date', () => {
    expect(deriveFacts(rec({ authorisationKind: 'citizen', expiresOn: '2030-01-01' }), TODAY)).toMatchObject({ mayWork: true, authorisationKind: null, authorisationEndsAt: null });
  });

  it('allows nothing once the authorisation has expired, and everything on its last day', () => {
    const r = rec({ authorisationKind: 'temporary_resident', allowsWork: true, allowsTraining: true, expiresOn: TODAY });
    expect(deriveFacts(r, TODAY)).toMatchObject({ mayWork: true, mayTrain: true, authorisationEndsAt: TODAY });
    expect(deriveFacts(r, '2025-06-16')).toMatchObject({ mayWork: false, mayTrain: false });
  });

  it('counts adulthood from the eighteenth birthday, including leap-day births', () => {
    expect(deriveFacts(rec({ dateOfBirth: '2007-06-15' }), TODAY).isAdult).toBe(true);
    expect(deriveFacts(rec({ dateOfBirth: '2007-06-16' }), TODAY).isAdult).toBe(false);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });

  it('never carries gender, nationality or the date of birth', () => {
    const facts = deriveFacts({ ...rec({ dateOfBirth: '1990-01-01' }), gender: 'female', nationality: 'VE' } as Rec, TODAY);
    expect(Object.keys(facts).sort()).toEqual(['authorisationEndsAt', 'authorisationKind', 'isAdult', 'mayTrain', 'mayWork', 'recorded']);
    expect(JSON.stringify(facts)).not.toMatch(/female|VE|1990/);
  });
});
