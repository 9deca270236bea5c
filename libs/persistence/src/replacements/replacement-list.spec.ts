import type { Candidate, PlacementStatus, RankedReplacementsResult, SkippedReplacement } from '@app/contracts';
import { assembleReplacements } from './replacement-list';

const candidate = (id: string, score: number, placementStatus: PlacementStatus | null = null): Candidate => ({
  profileId: id,
  score,
  components: {},
  regionCode: 'EC-P',
  languages: [],
  skills: [],
  experienceMonths: 0,
  earliestStart: null,
  contact: { displayName: 'A. B.', phone: null, email: null },
  contactMasked: true,
  placementStatus,
});
const result = (results: RankedReplacementsResult['results'], skipped: SkippedReplacement[] = []): RankedReplacementsResult => ({
  opportunityId: '00000000-0000-4000-8000-000000000001',
  indexVersion: 7,
  computedAt: '2026-12-01T00:00:00.000Z',
  windowEnd: '2026-12-20',
  canStartBy: '2026-12-20',
  results,
  skipped,
});
const waiting = (personId: string, position: number) => ({ personId, score: 40, components: {}, source: 'waiting_list' as const, waitingListPosition: position });
const ranked = (personId: string, score: number) => ({ personId, score, components: {}, source: 'ranked' as const, waitingListPosition: null });
const visible = (...cs: Candidate[]) => new Map(cs.map((c) => [c.profileId, c]));

describe('assembleReplacements', () => {
  it('the waiting list keeps its positions; ranked people are numbered among those shown, with score and start day', () => {
    const r = result([waiting('w2', 2), ranked('a', 80), ranked('hidden', 75), ranked('b', 70)]);
    const list = assembleReplacements(r, visible(candidate('w2', 40), candidate('a', 80), candidate('b', 70)), 10, '2026-12-01');
    expect(list.items.map((i) => [i.profileId, i.reason])).toEqual([
      ['w2', { code: 'waiting_list', position: 2 }],
      ['a', { code: 'ranked', rank: 1, score: 80, canStartBy: '2026-12-20' }],
      ['b', { code: 'ranked', rank: 2, score: 70, canStartBy: '2026-12-20' }], // the invisible person takes no rank
    ]);
    expect(list.items[0]).toMatchObject({ source: 'waiting_list', waitingListPosition: 2, contactMasked: true });
    expect(list.skipped).toEqual({ holdsSeat: 0, droppedOut: 0, cannotStartInWindow: 0, placedElsewhere: 0, notEligible: 0 });
  });

  it("counts the scorer's skipped people ahead of the last one shown, only when visible to employers", () => {
    const r = result(
      [ranked('a', 80), ranked('b', 70), ranked('c', 60)],
      [
        { personId: 'w1', source: 'waiting_list', reason: 'placedElsewhere', before: 0 },
        { personId: 'x', source: 'ranked', reason: 'droppedOut', before: 1 }, // between a and b
        { personId: 'invisible', source: 'ranked', reason: 'placedElsewhere', before: 1 },
        { personId: 'y', source: 'ranked', reason: 'cannotStartInWindow', before: 2 }, // between b and c: behind the cut
      ],
    );
    const people = visible(candidate('a', 80), candidate('b', 70), candidate('c', 60), candidate('w1', 0), candidate('x', 0), candidate('y', 0));
    const cut = assembleReplacements(r, people, 2, '2026-12-01');
    expect(cut.items.map((i) => i.profileId)).toEqual(['a', 'b']);
    expect(cut.skipped).toMatchObject({ placedElsewhere: 1, droppedOut: 1, cannotStartInWindow: 0 });
    // Not cut: everyone the scorer left out counts.
    expect(assembleReplacements(r, people, 10, '2026-12-01').skipped).toMatchObject({ placedElsewhere: 1, droppedOut: 1, cannotStartInWindow: 1 });
  });

  it('a seat taken or a dropout since the job ran (the placement read now) leaves the person out and counts them', () => {
    const r = result([waiting('w1', 1), ranked('a', 80), ranked('b', 70), ranked('c', 60)]);
    const list = assembleReplacements(r, visible(candidate('w1', 40, 'placed'), candidate('a', 80, 'dropped_out'), candidate('b', 70, 'interview'), candidate('c', 60)), 1, '2026-12-01');
    expect(list.items.map((i) => [i.profileId, i.reason.code])).toEqual([['b', 'ranked']]);
    expect(list.items[0].reason).toMatchObject({ rank: 1 });
    expect(list.skipped).toMatchObject({ holdsSeat: 1, droppedOut: 1 });
  });

  it('a result from an older scorer (no canStartBy, no skipped) still answers, with today', () => {
    const { canStartBy: _c, skipped: _s, ...older } = result([ranked('a', 80)]);
    const list = assembleReplacements(older, visible(candidate('a', 80)), 5, '2026-12-01');
    expect(list.canStartBy).toBe('2026-12-01');
    expect(list.items[0].reason).toEqual({ code: 'ranked', rank: 1, score: 80, canStartBy: '2026-12-01' });
  });
});
