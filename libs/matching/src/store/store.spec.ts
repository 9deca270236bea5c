import fc from 'fast-check';
import { RaggedStore } from './ragged-store';
import { SlotMap } from './slot-map';
import { SlotSet } from './slot-set';
import { SpatialGrid } from './spatial-grid';

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

  it('moves a point when re-inserted', () => {
    const g = new SpatialGrid();
    g.insert(1, 0, 0);
    g.insert(1, 10, 10);
    const near: number[] = [];
    g.forEachWithin(0, 0, 5, (s) => near.push(s));
    expect(near).toEqual([]);
  });
});
