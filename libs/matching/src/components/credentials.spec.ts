import type { Recognition } from '../model';
import { opportunity, pair, person } from '../testing/builders';
import { credentialsComponent } from './credentials';

const cred = (eqf: number, recognition: Recognition, minEqf: number | null, accepts: boolean) => {
  const w = pair(person({ qualifications: [{ eqf, recognition }] }), opportunity({ minEqf, acceptsUnrecognisedCredentials: accepts }));
  return credentialsComponent(w.P, 0, w.O, 0);
};

describe('credentials component', () => {
  it('1 when no minimum EQF is asked', () => {
    expect(cred(1, 'undocumented', null, false)).toBe(1);
  });
  it('recognised counts fully at or above the minimum, 0 below', () => {
    expect(cred(4, 'recognised', 4, false)).toBe(1);
    expect(cred(3, 'recognised', 4, true)).toBe(0);
  });
  it.each([
    ['in_progress', 0.7],
    ['not_recognised', 0.5],
    ['undocumented', 0.4],
  ] as const)('%s counts %p where unrecognised credentials are accepted, 0 elsewhere', (rec, credit) => {
    expect(cred(5, rec, 4, true)).toBe(credit);
    expect(cred(5, rec, 4, false)).toBe(0);
  });
  it('takes the best qualification', () => {
    const w = pair(
      person({ qualifications: [{ eqf: 6, recognition: 'undocumented' }, { eqf: 4, recognition: 'recognised' }] }),
      opportunity({ minEqf: 4, acceptsUnrecognisedCredentials: true }),
    );
    expect(credentialsComponent(w.P, 0, w.O, 0)).toBe(1);
  });
});
