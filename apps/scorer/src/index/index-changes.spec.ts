import { indexChanges } from './index-changes';
import { IndexChecksum } from './index-checksum';

const P = '11111111-1111-4111-8111-111111111111';
const O = '22222222-2222-4222-8222-222222222222';
const PL = '33333333-3333-4333-8333-333333333333';

describe('indexChanges', () => {
  it('collects each subject once; erasure wins over a change; unknown or invalid rows are ignored', () => {
    const c = indexChanges([
      { id: 1, type: 'profile.changed', payload: { type: 'profile.changed', profileId: P, version: 2 } },
      { id: 2, type: 'profile.changed', payload: { type: 'profile.changed', profileId: P, version: 3 } },
      { id: 3, type: 'seat.freed', payload: { type: 'seat.freed', opportunityId: O, placementId: PL } },
      { id: 4, type: 'placement.changed', payload: { type: 'placement.changed', opportunityId: O, placementId: PL, version: 1 } },
      { id: 5, type: 'organisation.changed', payload: { type: 'organisation.changed', organisationId: O } },
      { id: 6, type: 'profile.changed', payload: { type: 'profile.changed', profileId: 'not-a-uuid', version: 1 } },
    ]);
    expect([...c.people]).toEqual([P]);
    expect([...c.opportunities]).toEqual([O]);
    expect(c.erased.size).toBe(0);
    const erased = indexChanges([
      { id: 7, type: 'profile.changed', payload: { type: 'profile.changed', profileId: P, version: 4 } },
      { id: 8, type: 'profile.erased', payload: { type: 'profile.erased', profileId: P } },
    ]);
    expect([...erased.people]).toEqual([]);
    expect([...erased.erased]).toEqual([P]);
    expect(c.indicators).toBe(false);
  });

  it('an indicator import asks every replica to recompute demand', () => {
    expect(indexChanges([{ id: 9, type: 'demand.indicators_changed', payload: { type: 'demand.indicators_changed', rows: 3 } }]).indicators).toBe(true);
  });
});

describe('IndexChecksum', () => {
  it('does not depend on the order of entries, and changes with any entry', () => {
    const a = new IndexChecksum().add('o:1:3').add('p:2:5:indexed').value;
    const b = new IndexChecksum().add('p:2:5:indexed').add('o:1:3').value;
    const c = new IndexChecksum().add('p:2:6:indexed').add('o:1:3').value;
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(Number.isSafeInteger(a)).toBe(true);
  });
});
