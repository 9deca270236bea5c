import type { PlacementStatus } from '@app/contracts';
import { weekGridFromRanges } from '@app/matching';
import type { Commitment } from './placement-overlap';
import { replacementExclusion, type PersonPlacement, type ReplacementTarget } from './replacement-exclusion';

const mornings = weekGridFromRanges([{ days: [0, 1, 2, 3, 4], from: 8, to: 12 }]);
const afternoons = weekGridFromRanges([{ days: [0, 1, 2, 3, 4], from: 14, to: 18 }]);
const HERE = 'opp-here';
const target: ReplacementTarget = { opportunityId: HERE, canStartBy: 130, commitment: { start: 100, end: 170, week: mornings } };
const sameTime: Commitment = { start: 90, end: Infinity, week: mornings };
const here = (status: PlacementStatus): PersonPlacement => ({ opportunityId: HERE, status, commitment: target.commitment });
const elsewhere = (status: PlacementStatus, commitment: Commitment = sameTime): PersonPlacement => ({ opportunityId: 'opp-other', status, commitment });
const person = (placements: PersonPlacement[], earliestStart = 110) => ({ earliestStart, placements });

describe('replacementExclusion', () => {
  it('nobody is excluded without a reason', () => {
    expect(replacementExclusion(person([]), target)).toBeNull();
    expect(replacementExclusion(person([here('referred'), here('offered')]), target)).toBeNull(); // in the pipeline for this seat: a fine replacement
  });

  it('holding this seat, or having dropped out of this opportunity, excludes (in that order)', () => {
    for (const s of ['placed', 'started', 'completed'] as const) expect(replacementExclusion(person([here(s)]), target)).toBe('holdsSeat');
    expect(replacementExclusion(person([here('dropped_out')]), target)).toBe('droppedOut');
    // Dropped out here AND unavailable AND busy elsewhere: the dropout is what is reported.
    expect(replacementExclusion(person([here('dropped_out'), elsewhere('started')], 999), target)).toBe('droppedOut');
    // Withdrawn or rejected here: not this rule (left to the pipeline).
    expect(replacementExclusion(person([here('withdrawn')]), target)).toBeNull();
  });

  it('the earliest start must be on or before the window end', () => {
    expect(replacementExclusion(person([], 130), target)).toBeNull();
    expect(replacementExclusion(person([], 131), target)).toBe('cannotStartInWindow');
  });

  it('placed or started elsewhere at overlapping dates and hours excludes; offered, completed, other hours or other dates do not', () => {
    expect(replacementExclusion(person([elsewhere('placed')]), target)).toBe('placedElsewhere');
    expect(replacementExclusion(person([elsewhere('started')]), target)).toBe('placedElsewhere');
    expect(replacementExclusion(person([elsewhere('offered')]), target)).toBeNull(); // decided: an offer is not a commitment yet
    expect(replacementExclusion(person([elsewhere('completed')]), target)).toBeNull();
    expect(replacementExclusion(person([elsewhere('started', { start: 90, end: Infinity, week: afternoons })]), target)).toBeNull();
    expect(replacementExclusion(person([elsewhere('started', { start: 20, end: 100, week: mornings })]), target)).toBeNull(); // ended before this starts
    expect(replacementExclusion(person([elsewhere('placed', { start: 170, end: 200, week: null })]), target)).toBeNull(); // starts after this ends
    expect(replacementExclusion(person([elsewhere('placed', { start: 150, end: 200, week: null })]), target)).toBe('placedElsewhere'); // no schedule: overlapping
  });
});
