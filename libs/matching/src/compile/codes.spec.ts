import * as C from './codes';

/**
 * The flag gates as one AND (`needs & lacks`) against the rules spelled out one by one (what gates.ts
 * evaluated per pair before): every combination of the flags they read, every kind.
 */
describe('eligibility requirement bits', () => {
  const OPP_FLAGS = [C.OF_OPEN, C.OF_REQUIRES_WORK, C.OF_ADULTS_ONLY, C.OF_REMOTE, C.OF_HOME_BASED, C.OF_ONLINE_SESSIONS, C.OF_DEVICE_LOAN, C.OF_ACCESSIBLE];
  const PERSON_FLAGS = [C.PF_MAY_WORK, C.PF_MAY_TRAIN, C.PF_ADULT, C.PF_DEVICE, C.PF_CONNECTIVITY, C.PF_LIMITED_MOBILITY];
  const combos = (bits: number[]) => Array.from({ length: 1 << bits.length }, (_, m) => bits.reduce((f, b, i) => (m & (1 << i) ? f | b : f), 0));

  function reference(of: number, kind: number, pf: number): number {
    let m = 0;
    if (!(of & C.OF_OPEN)) m |= 1 << 0;
    if (of & C.OF_REQUIRES_WORK && !(pf & C.PF_MAY_WORK)) m |= 1 << 1;
    if (kind !== C.KIND_CODE.job && !(pf & C.PF_MAY_TRAIN)) m |= 1 << 2;
    if (of & C.OF_ADULTS_ONLY && !(pf & C.PF_ADULT)) m |= 1 << 5;
    // The digital gate looks at the online sessions only (remote: all; hybrid: those stated, or some).
    const online = (of & C.OF_ONLINE_SESSIONS) !== 0;
    if (online && !(of & C.OF_DEVICE_LOAN) && (pf & (C.PF_DEVICE | C.PF_CONNECTIVITY)) !== (C.PF_DEVICE | C.PF_CONNECTIVITY)) m |= 1 << 11;
    // No place to go to (remote, home-based): nothing to make accessible.
    const goesSomewhere = !(of & C.OF_REMOTE) && !(of & C.OF_HOME_BASED);
    if (pf & C.PF_LIMITED_MOBILITY && goesSomewhere && !(of & C.OF_ACCESSIBLE)) m |= 1 << 12;
    return m;
  }

  it('needs & lacks equals the six flag gates for every flag combination and kind', () => {
    let checked = 0;
    for (const of of combos(OPP_FLAGS)) {
      for (const kind of [0, 1, 2]) {
        const needs = C.opportunityNeeds(of, kind);
        for (const pf of combos(PERSON_FLAGS)) {
          expect(needs & C.personLacks(pf)).toBe(reference(of, kind, pf));
          checked++;
        }
      }
    }
    expect(checked).toBe(256 * 3 * 64);
  });
});
