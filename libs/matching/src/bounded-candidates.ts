/**
 * The gated-in candidates of one ranking, each with every component but skills (already exact) and an
 * upper bound on its score, so the ranking can fully score them in decreasing bound order and stop at
 * the first bound below the k-th exact score (MaxScore style): whatever follows cannot enter the top k.
 *
 * Order keys pack a bound rounded *up* (2^-20 steps, so a key never under-states its bound: the stop is
 * still sound) and the entry's index into one double, so a native Float64Array sort orders them with no
 * comparator and no object per candidate.
 */
import { COMPONENT_COUNT } from './weights';
import { grow } from './store/grow';

const BOUND_STEPS = 2 ** 20;
/** Room for the entry index under the bound (100 x 2^20 x 2^26 < 2^53: exact in a double). */
const INDEX_SPACE = 2 ** 26;

export class BoundedCandidates {
  size = 0;
  slots = new Int32Array(4096);
  /** COMPONENT_COUNT values per entry (the skills slot is the caller's to overwrite when it scores the entry). */
  components = new Float64Array(4096 * COMPONENT_COUNT);
  /** The essential coverage when the pathway search computed it already (bit-identical), else NaN. */
  essential = new Float64Array(4096);
  private keys = new Float64Array(4096);
  private order: Float64Array = new Float64Array(0);

  reset(): void {
    this.size = 0;
  }

  /** Appends a candidate: its components (skills ignored), its bound and its known essential coverage (or NaN). */
  push(slot: number, components: Float64Array, bound: number, essential: number): void {
    if (this.size === this.slots.length) {
      const n = this.size * 2;
      this.slots = grow(this.slots, n);
      this.components = grow(this.components, n * COMPONENT_COUNT);
      this.essential = grow(this.essential, n);
      this.keys = grow(this.keys, n);
    }
    const i = this.size++;
    this.slots[i] = slot;
    this.components.set(components, i * COMPONENT_COUNT);
    this.essential[i] = essential;
    this.keys[i] = Math.ceil(bound * BOUND_STEPS) * INDEX_SPACE + i;
  }

  /** Sorts the entries by bound, best last; `entryAt`/`boundAt` then read them from the end. */
  sortByBound(): void {
    if (this.size >= INDEX_SPACE) throw new RangeError('too many candidates for one ranking');
    this.order = this.keys.subarray(0, this.size).sort();
  }

  /** Entry index of the r-th best bound (r = 0: the best). */
  entryAt(r: number): number {
    return this.order[this.size - 1 - r] % INDEX_SPACE;
  }

  /** An upper bound (rounded up) on the score of the r-th best entry. */
  boundAt(r: number): number {
    return Math.floor(this.order[this.size - 1 - r] / INDEX_SPACE) / BOUND_STEPS;
  }

  /** Loads entry `i`'s components into `out`. */
  loadComponents(i: number, out: Float64Array): void {
    out.set(this.components.subarray(i * COMPONENT_COUNT, (i + 1) * COMPONENT_COUNT));
  }
}
