/**
 * Variable-length integer records per slot (skills, languages, ...) in one Int32Array arena: a CSR layout
 * whose rows can be replaced. A replaced row is appended at the end and the old space becomes garbage;
 * the arena compacts itself when garbage exceeds half of it, so upserts stay amortised O(row length).
 *
 * Each record is `stride` integers (e.g. [skillId, level, parent, group]).
 */
import { grow } from './grow';

export class RaggedStore {
  data = new Int32Array(1024);
  /** Start (in integers) and record count per slot. */
  start = new Int32Array(64);
  count = new Int32Array(64);
  private end = 0;
  private garbage = 0;

  constructor(readonly stride: number) {}

  ensureSlots(n: number): void {
    if (n > this.start.length) {
      const cap = Math.max(n, this.start.length * 2);
      this.start = grow(this.start, cap);
      this.count = grow(this.count, cap);
    }
  }

  /** Replace a slot's row with `values` (length must be a multiple of the stride). */
  set(slot: number, values: ArrayLike<number>): void {
    this.ensureSlots(slot + 1);
    this.clear(slot);
    const n = values.length;
    if (n === 0) return;
    if (this.end + n > this.data.length) {
      if (this.garbage * 2 > this.end) this.compact();
      if (this.end + n > this.data.length) this.data = grow(this.data, Math.max(this.end + n, this.data.length * 2));
    }
    for (let i = 0; i < n; i++) this.data[this.end + i] = values[i];
    this.start[slot] = this.end;
    this.count[slot] = n / this.stride;
    this.end += n;
  }

  clear(slot: number): void {
    if (slot >= this.count.length) return;
    this.garbage += this.count[slot] * this.stride;
    this.count[slot] = 0;
  }

  /** Rewrite live rows contiguously. Slots keep their numbers; only offsets change. */
  private compact(): void {
    const fresh = new Int32Array(this.data.length);
    let end = 0;
    for (let s = 0; s < this.count.length; s++) {
      const n = this.count[s] * this.stride;
      if (n === 0) continue;
      fresh.set(this.data.subarray(this.start[s], this.start[s] + n), end);
      this.start[s] = end;
      end += n;
    }
    this.data = fresh;
    this.end = end;
    this.garbage = 0;
  }
}
