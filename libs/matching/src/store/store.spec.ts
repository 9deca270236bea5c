import fc from 'fast-check';
import { RaggedStore } from './ragged-store';
import { SlotMap } from './slot-map';
import { SlotSet } from './slot-set';
import { fastDistanceKm } from '../geo';
import { NO_DAY_CHECKS, SpatialGrid } from './spatial-grid';

describe('RaggedStore', () => {
  it('replaces rows and survives compaction (model-based)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(20), fc.array(fc.integer(), { maxLength: 30 }))), (ops) => {
        const store = new RaggedStore(2);
        const model = new Map<number, number[]>();
        for (const [slot, raw] of ops) {
          const row = raw.length % 2 === 0 ? raw : raw.slice(1);
          store.set(slot, row);
          model.set(slot, row);
        }
        for (const [slot, row] of model) {
          const got = Array.from(store.data.subarray(store.start[slot], store.start[slot] + store.count[slot] * 2));
          expect(got).toEqual(row);
        }
      }),
    );
  });
});

describe('SlotMap', () => {
  it('keeps slots stable on upsert and reuses freed ones', () => {
    const m = new SlotMap();
    expect(m.acquire('a')).toEqual({ slot: 0, isNew: true });
    expect(m.acquire('b').slot).toBe(1);
    expect(m.acquire('a')).toEqual({ slot: 0, isNew: false });
    expect(m.release('a')).toBe(0);
    expect(m.get('a')).toBe(-1);
    expect(m.acquire('c').slot).toBe(0);
    expect(m.size).toBe(2);
    expect(m.release('zzz')).toBe(-1);
  });
});

describe('SlotSet', () => {
  it('adds, deletes and iterates densely', () => {
    const s = new SlotSet();
    [3, 7, 100, 7].forEach((x) => s.add(x));
    s.delete(3);
    s.delete(42);
    expect(Array.from(s.items.subarray(0, s.size)).sort((a, b) => a - b)).toEqual([7, 100]);
  });
});

describe('SpatialGrid', () => {
  it('returns a superset of the points within the radius, and nothing after removal', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -79, max: -78, noNaN: true })), { maxLength: 60 }),
        fc.double({ min: 1, max: 80, noNaN: true }),
        (points, radius) => {
          const g = new SpatialGrid(0.05);
          points.forEach(([lat, lon], i) => g.insert(i, lat, lon));
          const seen = new Set<number>();
          g.forEachWithin(0, -78.5, radius, (s) => seen.add(s));
          points.forEach(([lat, lon], i) => {
            const km = Math.hypot((lat - 0) * 111.32, (lon + 78.5) * 111.32 * Math.cos(0));
            if (km <= radius * 0.99) expect(seen.has(i)).toBe(true);
          });
          points.forEach((_, i) => g.remove(i));
          let any = false;
          g.forEachWithin(0, -78.5, 1000, () => (any = true));
          expect(any).toBe(false);
        },
      ),
    );
  });

  it('forEachReaching: in forEachWithin order, keeps every point within its own reach and the radius and without a masked tag bit, drops the others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -79, max: -78, noNaN: true }), fc.double({ min: 0, max: 60, noNaN: true }), fc.nat(7)), { maxLength: 60 }),
        fc.double({ min: 1, max: 80, noNaN: true }),
        fc.array(fc.nat(59), { maxLength: 10 }),
        fc.nat(7),
        (points, radius, removed, mask) => {
          const g = new SpatialGrid(0.05);
          const cos = (lat: number) => Math.cos((lat * Math.PI) / 180);
          points.forEach(([lat, lon, reach, tag], i) => g.insert(i, lat, lon, cos(lat), reach, tag));
          for (const i of removed) g.remove(i);
          const within: number[] = [];
          g.forEachWithin(0.2, -78.5, radius, (s) => within.push(s));
          const reaching: number[] = [];
          g.forEachReaching(0.2, -78.5, cos(0.2), radius, mask, NO_DAY_CHECKS, (s) => reaching.push(s));
          const near = (i: number) => fastDistanceKm(0.2, -78.5, cos(0.2), points[i][0], points[i][1], cos(points[i][0]));
          // Exactly the box's points within min(reach, radius) (the slack is far below these distances'
          // spread) whose tag shares no bit with the mask.
          expect(reaching).toEqual(within.filter((i) => (points[i][3] & mask) === 0 && near(i) <= Math.min(points[i][2], radius) * (1 + 1e-9) + 1e-9));
          for (let i = 0; i < points.length; i++) {
            if (!removed.includes(i) && (points[i][3] & mask) === 0 && near(i) <= Math.min(points[i][2], radius) * 0.99) expect(reaching).toContain(i);
          }
        },
      ),
    );
  });

  it('moves a point when re-inserted', () => {
    const g = new SpatialGrid();
    g.insert(1, 0, 0);
    g.insert(1, 10, 10);
    const near: number[] = [];
    g.forEachWithin(0, 0, 5, (s) => near.push(s));
    expect(near).toEqual([]);
  });
});
