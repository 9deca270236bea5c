import { PLACEMENT_STATUSES } from '@app/contracts';
import { canMove, isExit, NEXT, SEAT_STATUSES } from './pipeline';

describe('placement pipeline', () => {
  it('moves forward one step at a time, skipping only the interview', () => {
    expect(canMove('suggested', 'referred')).toBe(true);
    expect(canMove('referred', 'offered')).toBe(true);
    expect(canMove('suggested', 'placed')).toBe(false);
    expect(canMove('offered', 'started')).toBe(false);
    expect(canMove('placed', 'completed')).toBe(false);
  });

  it('never leaves a final status and never moves backwards', () => {
    for (const s of ['completed', 'withdrawn', 'rejected', 'dropped_out'] as const) expect(NEXT[s]).toEqual([]);
    const order = PLACEMENT_STATUSES.slice(0, 7);
    for (const [i, from] of order.entries()) for (const to of order.slice(0, i + 1)) expect(canMove(from, to)).toBe(false);
  });

  it('lets only placed or started people drop out, and never withdraws a completed one', () => {
    const into = (to: (typeof PLACEMENT_STATUSES)[number]) => PLACEMENT_STATUSES.filter((f) => canMove(f, to));
    expect(into('dropped_out')).toEqual(['placed', 'started']);
    expect(into('withdrawn')).not.toContain('completed');
    expect(SEAT_STATUSES.some(isExit)).toBe(false);
  });
});
