/**
 * Incremental spatial grid: slots bucketed by (lat, lon) cells of `cellDegrees`. Commute reach is the
 * most selective gate (~8% of pairs pass), so ranking asks the grid for the cells within reach first
 * and never touches the rest. Insert/remove are O(1) (swap-remove with a position per slot).
 *
 * Each cell keeps its points' coordinates (and, for people, their own reach) next to the slots, so
 * `forEachReaching` drops the points out of reach while scanning one cell's contiguous arrays, without
 * a random read into the index per point (what made the employer view slow: a metro's people).
 */
import { fastDistanceKm } from '../geo';
import { grow } from './grow';

/** 0.1 degree ~ 11 km: a 30 km reach reads ~7 x 7 cells. */
export const DEFAULT_CELL_DEGREES = 0.1;
const KM_PER_DEGREE_LAT = 111.32;
/** Longitude cells per latitude row in the key; 360 / cellDegrees must stay below it. */
const LON_CELLS = 1 << 20;
/**
 * Slack of the distance check in `forEachReaching`: relative and absolute, far above the rounding of the
 * commute formula (~1e-15) and far below any real distance. Points within the slack are visited and
 * the exact commute gate decides, so the check never drops a point the gate would keep.
 */
const REACH_SLACK = 1e-9;

const cosOf = (lat: number): number => Math.cos((lat * Math.PI) / 180);

/** Three values stored per point; a scan drops the points where one is below the query's (`point[k] < query[k]`). */
export type DayValues = readonly [number, number, number];
/** No day values (Infinity never drops) and no day checks (-Infinity never drops). */
export const NO_DAYS: DayValues = [Infinity, Infinity, Infinity];
export const NO_DAY_CHECKS: DayValues = [-Infinity, -Infinity, -Infinity];

/** One cell's points in insertion order (swap-remove): parallel arrays. */
class Cell {
  slots = new Int32Array(4);
  lat = new Float64Array(4);
  lon = new Float64Array(4);
  cos = new Float64Array(4);
  reach = new Float64Array(4);
  tag = new Int32Array(4);
  /** Three values per point the scan compares with the query's (`DayChecks`). */
  d0 = new Float64Array(4);
  d1 = new Float64Array(4);
  d2 = new Float64Array(4);
  size = 0;
  push(slot: number, lat: number, lon: number, cos: number, reach: number, tag: number, days: DayValues): number {
    if (this.size === this.slots.length) {
      const n = this.size * 2;
      this.slots = grow(this.slots, n);
      this.lat = grow(this.lat, n);
      this.lon = grow(this.lon, n);
      this.cos = grow(this.cos, n);
      this.reach = grow(this.reach, n);
      this.tag = grow(this.tag, n);
      this.d0 = grow(this.d0, n);
      this.d1 = grow(this.d1, n);
      this.d2 = grow(this.d2, n);
    }
    const i = this.size++;
    this.slots[i] = slot;
    this.lat[i] = lat;
    this.lon[i] = lon;
    this.cos[i] = cos;
    this.reach[i] = reach;
    this.tag[i] = tag;
    this.d0[i] = days[0];
    this.d1[i] = days[1];
    this.d2[i] = days[2];
    return i;
  }
  /** Move the last point into position `pos`; returns the moved slot (or -1 when `pos` was the last). */
  removeAt(pos: number): number {
    const last = --this.size;
    if (pos === last) return -1;
    this.slots[pos] = this.slots[last];
    this.lat[pos] = this.lat[last];
    this.lon[pos] = this.lon[last];
    this.cos[pos] = this.cos[last];
    this.reach[pos] = this.reach[last];
    this.tag[pos] = this.tag[last];
    this.d0[pos] = this.d0[last];
    this.d1[pos] = this.d1[last];
    this.d2[pos] = this.d2[last];
    return this.slots[pos];
  }
}

export class SpatialGrid {
  private readonly cells = new Map<number, Cell>();
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

  /**
   * `cosLat` must be what the index uses for the point (geo.ts `cosLatitude`), so distances here equal
   * the commute gate's. `reachKm`: how far the point itself reaches (people), Infinity when it does not
   * limit (opportunities). `tag`: bits `forEachReaching` can exclude on (the indexes keep eligibility
   * requirement bits there: an opportunity's needs, a person's lacks). `days`: values it can exclude on
   * (the indexes keep the date gates' operands there, see candidates.ts).
   */
  insert(slot: number, lat: number, lon: number, cosLat: number = cosOf(lat), reachKm = Infinity, tag = 0, days: DayValues = NO_DAYS): void {
    this.remove(slot);
    if (slot >= this.cellOf.length) {
      const cap = Math.max(slot + 1, this.cellOf.length * 2);
      this.cellOf = grow(this.cellOf, cap, -1);
      this.posOf = grow(this.posOf, cap);
    }
    const k = this.keyOf(lat, lon);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = new Cell()));
    this.cellOf[slot] = k;
    this.posOf[slot] = cell.push(slot, lat, lon, cosLat, reachKm, tag, days);
  }

  /** Replace a point's tag (e.g. an opportunity filled up). */
  setTag(slot: number, tag: number): void {
    if (slot >= this.cellOf.length || this.cellOf[slot] < 0) return;
    (this.cells.get(this.cellOf[slot]) as Cell).tag[this.posOf[slot]] = tag;
  }

  remove(slot: number): void {
    if (slot >= this.cellOf.length || this.cellOf[slot] < 0) return;
    const k = this.cellOf[slot];
    const cell = this.cells.get(k) as Cell;
    const pos = this.posOf[slot];
    const moved = cell.removeAt(pos);
    if (moved >= 0) this.posOf[moved] = pos;
    if (cell.size === 0) this.cells.delete(k);
    this.cellOf[slot] = -1;
  }

  /**
   * Call `visit(slot)` for every slot in cells intersecting the box of `radiusKm` around (lat, lon).
   * Conservative (a superset): the exact commute gate runs afterwards.
   */
  forEachWithin(lat: number, lon: number, radiusKm: number, visit: (slot: number) => void): void {
    this.scan(lat, lon, 0, radiusKm, false, 0, NO_DAY_CHECKS, visit);
  }

  /**
   * Like `forEachWithin`, restricted to points whose straight-line distance from (lat, lon) (`cosLat`
   * as the index holds it) is within both `radiusKm` and the point's own reach, up to REACH_SLACK, and
   * whose tag shares no bit with `tagMask`, and none of whose day values is below the query's (`days`;
   * NaN never drops). Same visiting order as `forEachWithin` minus the points dropped.
   */
  forEachReaching(lat: number, lon: number, cosLat: number, radiusKm: number, tagMask: number, days: DayValues, visit: (slot: number) => void): void {
    this.scan(lat, lon, cosLat, radiusKm, true, tagMask, days, visit);
  }

  private scan(lat: number, lon: number, cosLat: number, radiusKm: number, reaching: boolean, tagMask: number, days: DayValues, visit: (slot: number) => void): void {
    const dLat = radiusKm / KM_PER_DEGREE_LAT;
    const cosBox = Math.max(0.01, Math.cos((Math.min(89, Math.abs(lat)) * Math.PI) / 180));
    const dLon = radiusKm / (KM_PER_DEGREE_LAT * cosBox);
    const la0 = this.latCell(lat - dLat);
    const la1 = this.latCell(lat + dLat);
    const lo0 = this.lonCell(lon - dLon);
    const lo1 = this.lonCell(lon + dLon);
    // A huge radius: scanning the occupied cells beats enumerating empty ones.
    if ((la1 - la0 + 1) * (lo1 - lo0 + 1) > this.cells.size) {
      for (const [k, cell] of this.cells) {
        const la = Math.floor(k / LON_CELLS);
        const lo = k % LON_CELLS;
        if (la < la0 || la > la1 || lo < lo0 || lo > lo1) continue;
        if (reaching) visitReaching(cell, lat, lon, cosLat, radiusKm, tagMask, days[0], days[1], days[2], visit);
        else for (let i = 0; i < cell.size; i++) visit(cell.slots[i]);
      }
      return;
    }
    for (let la = la0; la <= la1; la++) {
      for (let lo = lo0; lo <= lo1; lo++) {
        const cell = this.cells.get(this.key(la, lo));
        if (!cell) continue;
        if (reaching) visitReaching(cell, lat, lon, cosLat, radiusKm, tagMask, days[0], days[1], days[2], visit);
        else for (let i = 0; i < cell.size; i++) visit(cell.slots[i]);
      }
    }
  }
}

function visitReaching(
  cell: Cell,
  lat: number,
  lon: number,
  cosLat: number,
  radiusKm: number,
  tagMask: number,
  q0: number,
  q1: number,
  q2: number,
  visit: (slot: number) => void,
): void {
  const { lat: las, lon: los, cos, reach, slots, tag, d0, d1, d2 } = cell;
  for (let i = 0; i < cell.size; i++) {
    if ((tag[i] & tagMask) !== 0 || d0[i] < q0 || d1[i] < q1 || d2[i] < q2) continue;
    const r = reach[i] < radiusKm ? reach[i] : radiusKm;
    if (fastDistanceKm(lat, lon, cosLat, las[i], los[i], cos[i]) <= r * (1 + REACH_SLACK) + REACH_SLACK) visit(slots[i]);
  }
}
