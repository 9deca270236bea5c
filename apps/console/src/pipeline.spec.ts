import { describe, expect, it } from '@jest/globals';
import { nextSteps } from './pipeline';

describe('console pipeline menu', () => {
  it('offers the next step first, then the ways out', () => {
    expect(nextSteps('referred')).toEqual(['interview', 'withdrawn', 'rejected']);
    expect(nextSteps('placed')).toEqual(['started', 'dropped_out']);
    expect(nextSteps('started')).toEqual(['completed', 'dropped_out']);
  });

  it('offers nothing after the end', () => {
    expect(nextSteps('completed')).toEqual([]);
    expect(nextSteps('rejected')).toEqual([]);
  });
});
