/**
 * Incremental spatial grid: slots bucketed by (lat, lon) cells of `cellDegrees`. Commute reach is the
 * most selective gate (~8% of pairs pass), so ranking asks the grid for the cells within reach first
 * and never touches the rest. Insert/remove are O(1) (swap-remove with a position per slot).
 */
import { grow } from './grow';

/** 0.1 degree ~ 11 km: a 30 km reach reads ~7 x 7 cells. */
export const DEFAULT_CELL_DEGREES = 0.1;
const KM_PER_DEGREE_LAT = 111.32;
/** Longitude cells per latitude row in the key; 360 / cellDegrees must stay below it. */
const LON_CELLS = 1 << 20;

export class SpatialGrid {
  private readonly cells = new Map<number, number[]>();
  private cellOf = new Int32Array(64).fill(-1);
  private posOf = new Int32Array(64);

  constructor(readonly cellDegrees: number = DEFAULT_CELL_DEGREES) {}

  private key(latCell: number, lonCell: number): number {
    return latCell * LON_CELLS + lonCell;
  }
  private latCell(lat: number): number {
    return Math.floor((lat + 90) / this.cellDegrees);
  }
  private lonCell(lon: number): number {
    return Math.floor((lon + 180) / this.cellDegrees);
  }

  /** The cell a point falls in (what `insert` files it under). */
  keyOf(lat: number, lon: number): number {
    return this.key(this.latCell(lat), this.lonCell(lon));
  }

  insert(slot: number, lat: number, lon: number): void {
    this.remove(slot);
    if (slot >= this.cellOf.length) {
      const cap = Math.max(slot + 1, this.cellOf.length * 2);
      this.cellOf = grow(this.cellOf, cap, -1);
      this.posOf = grow(this.posOf, cap);
    }
    const k = this.keyOf(lat, lon);
    let bucket = this.cells.get(k);
    if (!bucket) this.cells.set(k, (bucket = []));
    this.cellOf[slot] = k;
    this.posOf[slot] = bucket.length;
    bucket.push(slot);
  }

  remove(slot: number): void {
    if (slot >= this.cellOf.length || this.cellOf[slot] < 0) return;
    const k = this.cellOf[slot];
    const bucket = this.cells.get(k) as number[];
    const pos = this.posOf[slot];
    const last = bucket.pop() as number;
    if (last !== slot) {
      bucket[pos] = last;
      this.posOf[last] = pos;
    }
    if (bucket.length === 0) this.cells.delete(k);
    this.cellOf[slot] = -1;
  }

  /**
   * Call `visit(slot)` for every slot in cells intersecting the box of `radiusKm` around (lat, lon).
   * Conservative (a superset): the exact commute gate runs afterwards.
   */
  forEachWithin(lat: number, lon: number, radiusKm: number, visit: (slot: number) => void): void {
    const dLat = radiusKm / KM_PER_DEGREE_LAT;
    const cosLat = Math.max(0.01, Math.cos((Math.min(89, Math.abs(lat)) * Math.PI) / 180));
    const dLon = radiusKm / (KM_PER_DEGREE_LAT * cosLat);
    const la0 = this.latCell(lat - dLat);
    const la1 = this.latCell(lat + dLat);
    const lo0 = this.lonCell(lon - dLon);
    const lo1 = this.lonCell(lon + dLon);
    // A huge radius: scanning the occupied cells beats enumerating empty ones.
    if ((la1 - la0 + 1) * (lo1 - lo0 + 1) > this.cells.size) {
      for (const [k, bucket] of this.cells) {
        const la = Math.floor(k / LON_CELLS);
        const lo = k % LON_CELLS;
        if (la < la0 || la > la1 || lo < lo0 || lo > lo1) continue;
        for (let i = 0; i < bucket.length; i++) visit(bucket[i]);
      }
      return;
    }
    for (let la = la0; la <= la1; la++) {
      for (let lo = lo0; lo <= lo1; lo++) {
        const bucket = this.cells.get(this.key(la, lo));
        if (!bucket) continue;
        for (let i = 0; i < bucket.length; i++) visit(bucket[i]);
      }
    }
  }
}
