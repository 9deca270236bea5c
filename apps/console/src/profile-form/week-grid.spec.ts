import { describe, expect, it } from '@jest/globals';
import { blocksToGrid, emptyWeek, gridToBlocks } from './week-grid';

describe('week picker', () => {
  it('turns blocks into hours and back', () => {
    const week = { ...emptyWeek(), mon: ['morning' as const], sat: ['afternoon' as const, 'evening' as const] };
    const grid = blocksToGrid(week);
    expect(grid.mon).toEqual([6, 7, 8, 9, 10, 11]);
    expect(grid.sat).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21]);
    expect(grid.tue).toEqual([]);
    expect(gridToBlocks(grid)).toEqual(week);
  });

  it('ticks a block only when all its hours are free', () => {
    expect(gridToBlocks({ mon: [6, 7, 8, 9, 10, 11, 12, 13], tue: [8, 9] }).mon).toEqual(['morning']);
    expect(gridToBlocks({ tue: [8, 9] }).tue).toEqual([]);
  });
});
