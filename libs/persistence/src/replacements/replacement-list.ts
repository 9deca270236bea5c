import type { Candidate, PlacementStatus, RankedReplacementsResult, Replacement, ReplacementSkipped, ReplacementSkipReason } from '@app/contracts';
import { SEAT_STATUSES } from '../placements/pipeline';

/** A listed replacement before rendering: the candidate, where they come from and why (language-neutral). */
export type ReplacementListItem = Omit<Replacement, 'explanation' | 'fitReasons' | 'fitExplanation'>;

export interface ReplacementList {
  canStartBy: string;
  items: ReplacementListItem[];
  skipped: ReplacementSkipped;
}

export const noneSkipped = (): ReplacementSkipped => ({ holdsSeat: 0, droppedOut: 0, cannotStartInWindow: 0, placedElsewhere: 0, notEligible: 0 });

/** The placement at this opportunity, read now, may have changed since the job ran. */
function excludedNow(status: PlacementStatus | null): ReplacementSkipReason | null {
  if (status === null) return null;
  if ((SEAT_STATUSES as readonly string[]).includes(status)) return 'holdsSeat';
  return status === 'dropped_out' ? 'droppedOut' : null;
}

/**
 * The scorer's order -> what the employer sees: only people visible to employers (`visible`, the
 * candidates' consent filter and masking), cut at `limit`, each with its reason (`ranked` people are
 * numbered among those shown). `skipped` counts the people left out who would have been shown: those
 * the scorer's order puts ahead of the last one shown (all of them when the list was not cut at
 * `limit`); people not visible to employers are never counted.
 */
export function assembleReplacements(result: RankedReplacementsResult, visible: ReadonlyMap<string, Candidate>, limit: number, today: string): ReplacementList {
  const canStartBy = result.canStartBy ?? today; // a result from a scorer before `canStartBy` applied today
  const items: ReplacementListItem[] = [];
  const late: Array<{ index: number; reason: ReplacementSkipReason }> = [];
  let lastShown = -1;
  let cut = false;
  let rank = 0;
  for (let i = 0; i < result.results.length; i++) {
    const r = result.results[i];
    const c = visible.get(r.personId);
    if (!c) continue;
    const excluded = excludedNow(c.placementStatus);
    if (excluded) {
      late.push({ index: i, reason: excluded });
      continue;
    }
    if (items.length === limit) {
      cut = true;
      break;
    }
    const reason: ReplacementListItem['reason'] =
      r.source === 'waiting_list' && r.waitingListPosition !== null ? { code: 'waiting_list', position: r.waitingListPosition } : { code: 'ranked', rank: ++rank, score: c.score, canStartBy };
    items.push({ ...c, source: r.source, waitingListPosition: r.waitingListPosition, reason });
    lastShown = i;
  }
  const skipped = noneSkipped();
  const ahead = (position: number) => !cut || position <= lastShown;
  for (const l of late) if (ahead(l.index)) skipped[l.reason]++;
  for (const s of result.skipped ?? []) if (visible.has(s.personId) && ahead(s.before)) skipped[s.reason]++;
  return { canStartBy, items, skipped };
}
