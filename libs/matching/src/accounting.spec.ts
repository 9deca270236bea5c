import fc from 'fast-check';
import { accountOpportunities } from './accounting';
import { gateMask } from './gates';
import { PairFacts } from './pair-facts';
import { rankOpportunities, RankScratch } from './rank';
import { SMALL_TAXONOMY, worldArb } from './testing/arbitraries';
import { DAY0, GUAYAQUIL, opportunity, person, QUITO, training, world } from './testing/builders';

/** A point `km` kilometres north of central Quito. */
const north = (km: number) => ({ lat: QUITO.lat + km / 111.2, lon: QUITO.lon, regionCode: 'EC-P' });

describe('accounting: every option is eligible or excluded with its reasons', () => {
  it('options far beyond the prefilter\'s reach are listed as commute_too_long with the minutes and the maximum, nearest first', () => {
    const { P, O } = world(
      [person()],
      [
        opportunity({ id: 'near' }),
        opportunity({ id: 'full', capacity: 1, booked: 1 }),
        opportunity({ id: 'guayaquil', location: GUAYAQUIL }),
        opportunity({ id: 'just-too-far', location: north(25) }),
        training({ id: 'remote-course', mode: 'remote', location: null }),
      ],
    );
    const a = accountOpportunities(P, 0, O, { now: DAY0 });
    expect({ open: a.open, eligible: a.eligible, excluded: a.excluded }).toEqual({ open: 5, eligible: 2, excluded: 3 });
    expect(a.byReason).toEqual({ capacity_full: 1, commute_too_long: 2 });
    expect(a.page.map((e) => e.opportunityId)).toEqual(['full', 'just-too-far', 'guayaquil']);
    const [, tooFar, farthest] = a.page;
    expect(tooFar.reasons).toEqual([{ code: 'commute_too_long', minutes: tooFar.minutes, maxMinutes: 60, mode: 'public_transport' }]);
    expect(farthest.minutes).toBeGreaterThan(tooFar.minutes!);
  });

  it('pages through the excluded list: the pages together are the whole list, in order', () => {
    const opps = Array.from({ length: 23 }, (_, i) => opportunity({ id: `o${String(i).padStart(2, '0')}`, location: north(20 + i * 3) }));
    const { P, O } = world([person()], opps);
    const all = accountOpportunities(P, 0, O, { now: DAY0, limit: 100 }).page.map((e) => e.opportunityId);
    expect(all).toHaveLength(23);
    const pages: string[] = [];
    for (let offset = 0; offset < 23; offset += 5) pages.push(...accountOpportunities(P, 0, O, { now: DAY0, offset, limit: 5 }).page.map((e) => e.opportunityId));
    expect(pages).toEqual(all);
    expect(all).toEqual(opps.map((o) => o.id)); // nearest first
  });

  it('kinds filter what is counted; waiting-list options count as eligible', () => {
    const { P, O } = world([person()], [opportunity({ id: 'job-full', capacity: 2, booked: 2 }), training({ id: 'course' })]);
    expect(accountOpportunities(P, 0, O, { now: DAY0, kinds: ['training'] })).toMatchObject({ open: 1, eligible: 1, excluded: 0 });
    expect(accountOpportunities(P, 0, O, { now: DAY0, waitingList: true })).toMatchObject({ open: 2, eligible: 2, excluded: 0, page: [] });
  });

  it('on random worlds: open = eligible + excluded; eligible is exactly what passes every gate (and what the ranking can show)', () => {
    fc.assert(
      fc.property(worldArb(2, 40), ({ people, opportunities }) => {
        const { P, O } = world(people, opportunities, SMALL_TAXONOMY);
        const facts = new PairFacts();
        for (let pi = 0; pi < people.length; pi++) {
          const a = accountOpportunities(P, pi, O, { now: DAY0, limit: 1000 });
          const live = new Set(opportunities.map((o) => o.id));
          expect(a.open).toBe(live.size);
          expect(a.eligible + a.excluded).toBe(a.open);
          const passing = [...live].filter((id) => gateMask(P, pi, O, O.slotOf(id), DAY0, facts, false) === 0).sort();
          const excludedIds = a.page.map((e) => e.opportunityId);
          expect(excludedIds).toHaveLength(a.excluded);
          expect([...new Set([...excludedIds, ...passing])].sort()).toEqual([...live].sort());
          expect(excludedIds.filter((id) => passing.includes(id))).toEqual([]);
          for (const e of a.page) expect(e.reasons.length).toBeGreaterThan(0);
          // The ranking (prefilter included) shows only eligible options, and all of them when the limit allows.
          const ranked = rankOpportunities(new RankScratch(SMALL_TAXONOMY), P, pi, O, { now: DAY0, limit: 1000, pathways: false });
          expect(ranked.results.map((r) => r.opportunityId).sort()).toEqual(passing);
        }
      }),
      { numRuns: 80, seed: 20261207 },
    );
  });
});
