/**
 * Stable integer slots for string ids with a free list: upsert keeps an entity's slot, remove frees it for
 * reuse. Slots never move, so spatial buckets and results can hold slot numbers.
 */
export class SlotMap {
  private readonly slotById = new Map<string, number>();
  private readonly free: number[] = [];
  /** id per slot; null for a free slot. */
  readonly ids: Array<string | null> = [];

  /** Number of slots ever allocated (the high-water mark, live or free). */
  get highWater(): number {
    return this.ids.length;
  }
  get size(): number {
    return this.slotById.size;
  }
  get(id: string): number {
    return this.slotById.get(id) ?? -1;
  }
  /** The slot for id, allocating one (lowest freed first) when new. `isNew` tells the caller to initialise. */
  acquire(id: string): { slot: number; isNew: boolean } {
    const existing = this.slotById.get(id);
    if (existing !== undefined) return { slot: existing, isNew: false };
    // Reuse the most recently freed slot (LIFO). Determinism is preserved: slot numbers never influence
    // scores or tie-breaks (ties break on the id string).
    const slot = this.free.length > 0 ? (this.free.pop() as number) : this.ids.length;
    if (slot === this.ids.length) this.ids.push(id);
    else this.ids[slot] = id;
    this.slotById.set(id, slot);
    return { slot, isNew: true };
  }
  release(id: string): number {
    const slot = this.slotById.get(id);
    if (slot === undefined) return -1;
    this.slotById.delete(id);
    this.ids[slot] = null;
    this.free.push(slot);
    return slot;
  }
}
