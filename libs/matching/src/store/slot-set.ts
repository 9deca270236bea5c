/** A set of slots with O(1) add/remove and dense iteration (swap-remove): e.g. the remote opportunities. */
import { grow } from './grow';

export class SlotSet {
  items = new Int32Array(64);
  size = 0;
  private pos = new Int32Array(64).fill(-1);

  has(slot: number): boolean {
    return slot < this.pos.length && this.pos[slot] >= 0;
  }
  add(slot: number): void {
    if (this.has(slot)) return;
    if (slot >= this.pos.length) this.pos = grow(this.pos, Math.max(slot + 1, this.pos.length * 2), -1);
    if (this.size === this.items.length) this.items = grow(this.items, this.items.length * 2);
    this.pos[slot] = this.size;
    this.items[this.size++] = slot;
  }
  delete(slot: number): void {
    if (!this.has(slot)) return;
    const p = this.pos[slot];
    const last = this.items[--this.size];
    this.items[p] = last;
    this.pos[last] = p;
    this.pos[slot] = -1;
  }
}
