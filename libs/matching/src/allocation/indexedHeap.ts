/**
 * Binary min-heap of node ids keyed by an external Float64Array, with decrease-key.
 *
 * Indexed (a position per node) rather than lazy, so the heap never holds more than one entry per node:
 * Dijkstra on 300k arcs would otherwise push up to 300k stale entries. Ties are broken by the smaller
 * node id so the shortest-path tree, and hence the allocation, is deterministic.
 */
export class IndexedMinHeap {
  private readonly heap: Int32Array;
  /** pos[v] = index of v in heap, or -1. */
  private readonly pos: Int32Array;
  private n = 0;

  constructor(
    capacity: number,
    private readonly key: Float64Array,
  ) {
    this.heap = new Int32Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.n;
  }

  /** Key of the minimum; only valid when size > 0. */
  minKey(): number {
    return this.key[this.heap[0]];
  }

  contains(v: number): boolean {
    return this.pos[v] >= 0;
  }

  /** Insert v, or move it up after its key decreased. */
  pushOrDecrease(v: number): void {
    let i = this.pos[v];
    if (i < 0) {
      i = this.n++;
      this.heap[i] = v;
      this.pos[v] = i;
    }
    this.siftUp(i);
  }

  pop(): number {
    const top = this.heap[0];
    this.pos[top] = -1;
    const last = this.heap[--this.n];
    if (this.n > 0) {
      this.heap[0] = last;
      this.pos[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empty the heap in O(size), leaving positions clean for the next search. */
  clear(): void {
    for (let i = 0; i < this.n; i++) this.pos[this.heap[i]] = -1;
    this.n = 0;
  }

  private less(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka < kb || (ka === kb && a < b);
  }

  private siftUp(i: number): void {
    const { heap, pos } = this;
    const v = heap[i];
    while (i > 0) {
      const p = (i - 1) >> 1;
      const u = heap[p];
      if (!this.less(v, u)) break;
      heap[i] = u;
      pos[u] = i;
      i = p;
    }
    heap[i] = v;
    pos[v] = i;
  }

  private siftDown(i: number): void {
    const { heap, pos } = this;
    const v = heap[i];
    const n = this.n;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= n) break;
      if (c + 1 < n && this.less(heap[c + 1], heap[c])) c++;
      const u = heap[c];
      if (!this.less(u, v)) break;
      heap[i] = u;
      pos[u] = i;
      i = c;
    }
    heap[i] = v;
    pos[v] = i;
  }
}
