import { GRID_WORDS, gridWordsToRanges, hasHour, popcount32, weekGridFromRanges, writeGridWords } from './week-grid';

describe('week grid', () => {
  it('sets day*24+hour bits from ranges (end exclusive)', () => {
    const g = weekGridFromRanges([{ days: [0, 4], from: 8, to: 14 }]);
    expect(hasHour(g, 8)).toBe(true);
    expect(hasHour(g, 13)).toBe(true);
    expect(hasHour(g, 14)).toBe(false);
    expect(hasHour(g, 4 * 24 + 8)).toBe(true);
    expect(hasHour(g, 1 * 24 + 8)).toBe(false);
  });

  it('packs into six 32-bit words and popcounts the hours', () => {
    const g = weekGridFromRanges([{ days: [0, 1, 2, 3, 4, 5, 6], from: 0, to: 24 }]);
    const w = new Uint32Array(GRID_WORDS);
    writeGridWords(g, w, 0);
    let hours = 0;
    for (let i = 0; i < GRID_WORDS; i++) hours += popcount32(w[i]);
    expect(hours).toBe(168);
    expect(popcount32(0xffffffff)).toBe(32);
    expect(popcount32(~0)).toBe(32);
    expect(popcount32(0)).toBe(0);
  });

  it('turns words back into grouped ranges (Mon-Fri 8-14 is one range)', () => {
    const w = new Uint32Array(GRID_WORDS);
    writeGridWords(weekGridFromRanges([{ days: [0, 1, 2, 3, 4], from: 8, to: 14 }, { days: [5], from: 9, to: 12 }]), w, 0);
    expect(gridWordsToRanges(w, 0)).toEqual([
      { days: [0, 1, 2, 3, 4], from: 8, to: 14 },
      { days: [5], from: 9, to: 12 },
    ]);
  });
});
