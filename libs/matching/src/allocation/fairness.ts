/**
 * Fairness-of-exposure audit, computed AFTER allocation for the organiser. Group labels (gender,
 * nationality group, ...) come from the restricted record and enter only here: `allocate` has no
 * parameter that could receive them, so they cannot influence who gets an interview.
 */

export interface GroupSelection {
  readonly group: string;
  readonly attendees: number;
  /** Attendees with at least one interview/seat. */
  readonly selected: number;
  readonly rate: number;
  /** False when the group is smaller than minGroupSize and therefore left out of the ratio. */
  readonly inRatio: boolean;
}

export interface GroupAudit {
  /** Sorted by group name, for stable reports. */
  readonly groups: readonly GroupSelection[];
  /** Attendees without a label (not disclosed): counted nowhere in the rates. */
  readonly unlabeled: number;
  /** min rate / max rate over groups in the ratio; null when undefined (no group or max rate 0). */
  readonly fourFifthsRatio: number | null;
  /** The four-fifths rule of thumb: ratio below 0.8 flags possible adverse impact. */
  readonly belowFourFifths: boolean;
}

export interface ExposureReport {
  readonly attendees: number;
  readonly covered: number;
  /** histogram[k] = attendees with exactly k interviews. */
  readonly histogram: readonly number[];
  readonly groupAudit?: GroupAudit;
}

export interface ExposureOptions {
  /** Pad the histogram to 0..perAttendeeCap so reports of one fair have the same shape. */
  readonly perAttendeeCap?: number;
  /** Groups with fewer attendees are reported but excluded from the ratio (tiny groups are noise). */
  readonly minGroupSize?: number;
}

export const FOUR_FIFTHS = 0.8;

export function exposureReport(
  perAttendee: ArrayLike<number>,
  groupOf?: ReadonlyArray<string | null | undefined>,
  options: ExposureOptions = {},
): ExposureReport {
  const n = perAttendee.length;
  const histogram: number[] = new Array<number>((options.perAttendeeCap ?? -1) + 1).fill(0);
  let covered = 0;
  for (let a = 0; a < n; a++) {
    const k = perAttendee[a];
    while (histogram.length <= k) histogram.push(0);
    histogram[k]++;
    if (k > 0) covered++;
  }
  if (!groupOf) return { attendees: n, covered, histogram };
  if (groupOf.length !== n) throw new RangeError(`groupOf has ${groupOf.length} labels for ${n} attendees`);

  const counts = new Map<string, { attendees: number; selected: number }>();
  let unlabeled = 0;
  for (let a = 0; a < n; a++) {
    const g = groupOf[a];
    if (g === null || g === undefined) {
      unlabeled++;
      continue;
    }
    const c = counts.get(g) ?? { attendees: 0, selected: 0 };
    c.attendees++;
    if (perAttendee[a] > 0) c.selected++;
    counts.set(g, c);
  }
  const minGroupSize = options.minGroupSize ?? 1;
  const groups = [...counts.entries()]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([group, c]) => ({
      group,
      attendees: c.attendees,
      selected: c.selected,
      rate: c.selected / c.attendees,
      inRatio: c.attendees >= minGroupSize,
    }));
  const rates = groups.filter((g) => g.inRatio).map((g) => g.rate);
  const max = rates.length > 0 ? Math.max(...rates) : 0;
  const fourFifthsRatio = max > 0 ? Math.min(...rates) / max : null;
  return {
    attendees: n,
    covered,
    histogram,
    groupAudit: {
      groups,
      unlabeled,
      fourFifthsRatio,
      belowFourFifths: fourFifthsRatio !== null && fourFifthsRatio < FOUR_FIFTHS,
    },
  };
}
