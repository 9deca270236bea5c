/**
 * "Why not?" with nothing dropped: every live opportunity of the kinds asked for is either eligible
 * (passes every gate: it is ranked) or excluded with every failing gate. Counts cover all of them; the
 * excluded ones are paged nearest first (commute minutes, then id), so "just too far" comes after the
 * options a case manager can act on, and the other end of the country comes last instead of never.
 *
 * One linear pass over the index with the full gate mask (no allocation per opportunity); only the page
 * shown gets its typed details (gate-details.ts). This is an on-request job, never part of a ranking,
 * so the ranking's spatial prefilter stays as fast as it was.
 */
import type { OpportunityIndex } from './compile/opportunity-index';
import type { PersonIndex } from './compile/person-index';
import * as C from './compile/codes';
import { gateDetails, type GateDetail } from './gate-details';
import { GATE_REASONS, gateMask, type GateReason } from './gates';
import type { OpportunityKind } from './model';
import { PairFacts } from './pair-facts';
import { kindsMask } from './rank';

export interface AccountingOptions {
  /** Epoch day "today". */
  now: number;
  kinds?: OpportunityKind[];
  /** Excluded entries to skip (paging). Default 0. */
  offset?: number;
  /** Excluded entries to return. Default 50. */
  limit?: number;
  /** Full opportunities count as eligible (waiting-list options) instead of `capacity_full`. */
  waitingList?: boolean;
}

export interface ExcludedEntry {
  opportunityId: string;
  kind: OpportunityKind;
  /** Estimated commute (0 remote or home-based; null where the place is unknown). */
  minutes: number | null;
  /** Every failing gate with its facts, in evaluation order. */
  reasons: GateDetail[];
}

export interface Accounting {
  indexVersion: number;
  /** Live (open) opportunities of the kinds asked for: open = eligible + excluded. */
  open: number;
  eligible: number;
  excluded: number;
  /** Excluded options per failing gate (an option with two failing gates counts under both). */
  byReason: Partial<Record<GateReason, number>>;
  offset: number;
  /** The excluded options [offset, offset + limit) nearest first. */
  page: ExcludedEntry[];
}

/** Bounded max-heap of (minutes, id) keeping the `k` smallest: the page's window of the sorted excluded list. */
class SmallestK {
  private readonly minutes: number[] = [];
  private readonly ids: string[] = [];
  private readonly slots: number[] = [];
  constructor(private readonly k: number) {}
  private less(i: number, m: number, id: string): boolean {
    return this.minutes[i] < m || (this.minutes[i] === m && this.ids[i] < id);
  }
  offer(slot: number, m: number, id: string): void {
    if (this.k === 0) return;
    const n = this.slots.length;
    if (n === this.k) {
      // Root is the largest kept: replace it only with something smaller.
      if (this.less(0, m, id)) return;
      this.set(0, slot, m, id);
      this.down(0);
      return;
    }
    this.slots.push(slot);
    this.minutes.push(m);
    this.ids.push(id);
    this.up(n);
  }
  sorted(): Array<{ slot: number; minutes: number }> {
    return this.slots
      .map((slot, i) => ({ slot, minutes: this.minutes[i], id: this.ids[i] }))
      .sort((a, b) => a.minutes - b.minutes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  private set(i: number, slot: number, m: number, id: string): void {
    this.slots[i] = slot;
    this.minutes[i] = m;
    this.ids[i] = id;
  }
  private swap(i: number, j: number): void {
    const [s, m, id] = [this.slots[i], this.minutes[i], this.ids[i]];
    this.set(i, this.slots[j], this.minutes[j], this.ids[j]);
    this.set(j, s, m, id);
  }
  private up(i: number): void {
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(p, this.minutes[i], this.ids[i])) return;
      this.swap(i, p);
      i = p;
    }
  }
  private down(i: number): void {
    const n = this.slots.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let big = i;
      if (l < n && this.less(big, this.minutes[l], this.ids[l])) big = l;
      if (r < n && this.less(big, this.minutes[r], this.ids[r])) big = r;
      if (big === i) return;
      this.swap(i, big);
      i = big;
    }
  }
}

export function accountOpportunities(P: PersonIndex, pi: number, O: OpportunityIndex, options: AccountingOptions): Accounting {
  const now = options.now;
  const offset = Math.max(0, options.offset ?? 0);
  const limit = Math.max(0, options.limit ?? 50);
  const wanted = kindsMask(options.kinds);
  const waitingList = options.waitingList === true;
  const facts = new PairFacts();
  const window = new SmallestK(offset + limit);
  const counts = new Int32Array(GATE_REASONS.length);
  let open = 0;
  let eligible = 0;
  for (let oi = 0; oi < O.slots.highWater; oi++) {
    if (!(O.flags[oi] & C.OF_LIVE) || !(wanted & C.kindBit(O.kind[oi]))) continue;
    open++;
    const mask = gateMask(P, pi, O, oi, now, facts, false, waitingList);
    if (mask === 0) {
      eligible++;
      continue;
    }
    for (let b = 0; b < counts.length; b++) if (mask & (1 << b)) counts[b]++;
    const m = facts.commute;
    window.offer(oi, Number.isNaN(m) ? 0 : m, O.idOf(oi));
  }
  const byReason: Partial<Record<GateReason, number>> = {};
  GATE_REASONS.forEach((r, i) => {
    if (counts[i] > 0) byReason[r] = counts[i];
  });
  const page = window
    .sorted()
    .slice(offset)
    .map(({ slot }) => {
      const f = new PairFacts();
      const reasons = gateDetails(P, pi, O, slot, now, waitingList ? 1 << GATE_REASONS.indexOf('capacity_full') : 0, f);
      return {
        opportunityId: O.idOf(slot),
        kind: C.KIND_BY_CODE[O.kind[slot]],
        minutes: Number.isNaN(f.commute) ? null : Math.round(f.commute),
        reasons,
      };
    });
  return { indexVersion: O.version, open, eligible, excluded: open - eligible, byReason, offset, page };
}
