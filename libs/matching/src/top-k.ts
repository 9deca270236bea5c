/**
 * Fixed-size top-k by (score desc, id asc): a min-heap whose root is the worst kept entry, so each
 * offer is O(1) when it does not qualify and O(log k) when it does. Ties break on the id string, which
 * makes the result independent of slot numbers and of insertion order (two scorer processes agree).
 */
export class TopK {
  readonly slots: Int32Array;
  readonly scores: Float64Array;
  size = 0;
  private ids: ReadonlyArray<string | null> = [];

  constructor(readonly k: number) {
    this.slots = new Int32Array(Math.max(1, k));
    this.scores = new Float64Array(Math.max(1, k));
  }

  /** Empty the heap; `ids` maps slot -> id for tie-breaks. */
  reset(ids: ReadonlyArray<string | null>): void {
    this.size = 0;
    this.ids = ids;
  }

  /** a is worse than b: lower score, or same score and larger id. */
  private worse(sa: number, ia: number, sb: number, ib: number): boolean {
    if (sa !== sb) return sa < sb;
    return (this.ids[ia] as string) > (this.ids[ib] as string);
  }

  /**
   * The score an entry must at least reach to have a chance: -Infinity while the heap fills, then the
   * worst kept score (an equal score may still enter on its id). Infinity when k = 0.
   */
  floor(): number {
    if (this.k <= 0) return Infinity;
    return this.size === this.k ? this.scores[0] : -Infinity;
  }

  offer(slot: number, score: number): void {
    if (this.k <= 0) return;
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!this.worse(score, slot, this.scores[p], this.slots[p])) break;
        this.slots[i] = this.slots[p];
        this.scores[i] = this.scores[p];
        i = p;
      }
      this.slots[i] = slot;
      this.scores[i] = score;
      return;
    }
    if (!this.worse(this.scores[0], this.slots[0], score, slot)) return;
    // Replace the root and sift down.
    let i = 0;
    const n = this.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.worse(this.scores[r], this.slots[r], this.scores[l], this.slots[l])) c = r;
      if (!this.worse(this.scores[c], this.slots[c], score, slot)) break;
      this.slots[i] = this.slots[c];
      this.scores[i] = this.scores[c];
      i = c;
    }
    this.slots[i] = slot;
    this.scores[i] = score;
  }

  /** Entries best first (allocates the output). */
  sorted(): Array<{ slot: number; score: number }> {
    const out: Array<{ slot: number; score: number }> = [];
    for (let i = 0; i < this.size; i++) out.push({ slot: this.slots[i], score: this.scores[i] });
    return out.sort((a, b) => compareRanked(a.score, this.ids[a.slot] as string, b.score, this.ids[b.slot] as string));
  }
}

/** Sort order of every ranked list: score desc, then id asc. */
export function compareRanked(sa: number, ida: string, sb: number, idb: string): number {
  if (sa !== sb) return sb - sa;
  return ida < idb ? -1 : ida > idb ? 1 : 0;
}
