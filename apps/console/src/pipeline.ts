// The placement pipeline as the console offers it: the next forward step and the ways out. The service
// decides what is allowed (and says why not); this only keeps the menu short and in order.
export const FORWARD = ['suggested', 'referred', 'interview', 'offered', 'placed', 'started', 'completed'] as const;
export const EXITS = ['withdrawn', 'rejected', 'dropped_out'] as const;
export type PlacementStatus = (typeof FORWARD)[number] | (typeof EXITS)[number];
export const EXIT_REASONS = ['schedule', 'transport', 'family', 'left_country', 'not_a_fit', 'no_permit', 'other'] as const;

export function isExit(status: PlacementStatus): status is (typeof EXITS)[number] {
  return (EXITS as readonly string[]).includes(status);
}

export function nextSteps(status: PlacementStatus): PlacementStatus[] {
  const at = (FORWARD as readonly string[]).indexOf(status);
  if (at < 0 || status === 'completed') return [];
  const forward = FORWARD[at + 1];
  // Once placed the seat is held: leaving it is dropping out, before that it is withdrawn or rejected.
  const exits: PlacementStatus[] = at >= FORWARD.indexOf('placed') ? ['dropped_out'] : ['withdrawn', 'rejected'];
  return [forward, ...exits];
}
