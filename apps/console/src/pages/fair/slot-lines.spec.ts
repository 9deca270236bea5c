import { describe, expect, it } from '@jest/globals';
import { parseSlotLines } from './slot-lines';

describe('fair opportunity lines', () => {
  it('reads id and slots per line, skipping blanks, 5 slots by default', () => {
    expect(parseSlotLines('a,3\n\n b ; 7 \r\nc')).toEqual([
      { opportunityId: 'a', interviewSlots: 3 },
      { opportunityId: 'b', interviewSlots: 7 },
      { opportunityId: 'c', interviewSlots: 5 },
    ]);
  });
});
