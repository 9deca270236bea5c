// The availability and care-duty grids (hours 0..23 per day) as a week picker of three blocks a day.
// A block shows as ticked when every one of its hours is in the grid; the editor only sends a grid the
// person changed, so an hour-exact grid written through the API is never rounded by merely opening it.
export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
export const BLOCKS = { morning: [6, 12], afternoon: [12, 18], evening: [18, 22] } as const;
export type Block = keyof typeof BLOCKS;
export type HoursGrid = Record<Day, number[]>;
export type WeekBlocks = Record<Day, Block[]>;

const hoursOf = (block: Block): number[] => {
  const [from, to] = BLOCKS[block];
  return Array.from({ length: to - from }, (_, i) => from + i);
};

export function emptyWeek(): WeekBlocks {
  return Object.fromEntries(DAYS.map((d) => [d, []])) as unknown as WeekBlocks;
}

export function gridToBlocks(grid: Partial<HoursGrid> | undefined): WeekBlocks {
  const week = emptyWeek();
  for (const day of DAYS) {
    const hours = new Set(grid?.[day] ?? []);
    week[day] = (Object.keys(BLOCKS) as Block[]).filter((b) => hoursOf(b).every((h) => hours.has(h)));
  }
  return week;
}

export function blocksToGrid(week: WeekBlocks): HoursGrid {
  return Object.fromEntries(DAYS.map((d) => [d, week[d].flatMap(hoursOf).sort((a, b) => a - b)])) as unknown as HoursGrid;
}
