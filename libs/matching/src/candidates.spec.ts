import fc from 'fast-check';
import { forEachCandidateOpportunity, forEachCandidatePerson } from './candidates';
import { gateMask } from './gates';
import type { EngineOpportunity, EnginePerson } from './model';
import { PairFacts } from './pair-facts';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { DAY0, world } from './testing/builders';

/**
 * The prefilters (reach, flag gates, full opportunities, date gates checked while scanning the grid)
 * drop only pairs the gates fail: both views visit every pair that passes every gate, on worlds with
 * random permits, start dates, deadlines, late-join windows, bookings and earliest starts.
 */
const dates = fc.record({
  authEnds: fc.option(fc.integer({ min: DAY0 - 10, max: DAY0 + 120 }), { nil: null }),
  earliest: fc.integer({ min: DAY0 - 30, max: DAY0 + 60 }),
});
const oppDates = fc.record({
  start: fc.integer({ min: DAY0 - 40, max: DAY0 + 40 }),
  deadline: fc.option(fc.integer({ min: DAY0 - 5, max: DAY0 + 30 }), { nil: null }),
  booked: fc.integer({ min: 0, max: 4 }),
});

describe('candidate prefilters', () => {
  it('visit every pair that passes every gate, in both views', () => {
    let passing = 0;
    fc.assert(
      fc.property(worldArb(4, 25), fc.array(dates, { minLength: 4, maxLength: 4 }), fc.array(oppDates, { minLength: 25, maxLength: 25 }), ({ people, opportunities }, pd, od) => {
        const ps: EnginePerson[] = people.map((p, i) => ({ ...p, earliestStart: pd[i].earliest, eligibility: { ...p.eligibility, authorisationEndsAt: pd[i].authEnds } }));
        const os: EngineOpportunity[] = opportunities.map((o, i) => ({ ...o, startDate: od[i].start, applicationDeadline: od[i].deadline, booked: od[i].booked }));
        const { P, O } = world(ps, os, SMALL_TAXONOMY);
        const facts = new PairFacts();
        for (let pi = 0; pi < ps.length; pi++) {
          const seen = new Set<number>();
          forEachCandidateOpportunity(P, pi, O, (oi) => seen.add(oi), DAY0);
          for (let oi = 0; oi < os.length; oi++) {
            if (gateMask(P, pi, O, oi, DAY0, facts, false) !== 0) continue;
            passing++;
            expect(seen.has(oi)).toBe(true);
          }
        }
        for (let oi = 0; oi < os.length; oi++) {
          const seen = new Set<number>();
          forEachCandidatePerson(O, oi, P, (pi) => seen.add(pi), DAY0);
          for (let pi = 0; pi < ps.length; pi++) if (gateMask(P, pi, O, oi, DAY0, facts, false) === 0) expect(seen.has(pi)).toBe(true);
        }
      }),
      { numRuns: 150, seed: 31 },
    );
    expect(passing).toBeGreaterThan(0);
  });
});
