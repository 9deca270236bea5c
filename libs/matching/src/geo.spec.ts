import { bestMode, bestSpeedKmh, commuteMinutes, COMMUTE_OVERHEAD_MINUTES, cosLatitude, fastDistanceKm, haversineKm, MODE_BIT, reachKm } from './geo';
import { GUAYAQUIL, QUITO } from './testing/builders';

describe('commute estimate', () => {
  it('haversine: Quito to Guayaquil is about 270 km', () => {
    const km = haversineKm(QUITO.lat, QUITO.lon, GUAYAQUIL.lat, GUAYAQUIL.lon);
    expect(km).toBeGreaterThan(260);
    expect(km).toBeLessThan(285);
  });

  it('minutes = km x 1.3 / speed + overhead', () => {
    expect(commuteMinutes(10, 20)).toBeCloseTo((10 * 1.3 * 60) / 20 + COMMUTE_OVERHEAD_MINUTES);
    expect(commuteMinutes(0, 5)).toBe(COMMUTE_OVERHEAD_MINUTES);
  });

  it('uses the fastest mode; walking is always possible', () => {
    expect(bestSpeedKmh(0, false)).toBe(5);
    expect(bestSpeedKmh(MODE_BIT.bicycle, false)).toBe(15);
    expect(bestSpeedKmh(MODE_BIT.bicycle | MODE_BIT.car, false)).toBe(35);
    expect(bestMode(MODE_BIT.motorbike, false)).toBe('motorbike');
  });

  it('a transport allowance opens public transport', () => {
    expect(bestSpeedKmh(MODE_BIT.bicycle, true)).toBe(20);
    expect(bestMode(MODE_BIT.walk, true)).toBe('public_transport');
  });

  it('reach is the inverse of the commute formula', () => {
    const km = reachKm(60, 20);
    expect(commuteMinutes(km, 20)).toBeCloseTo(60);
    expect(reachKm(5, 20)).toBe(0);
  });
});

describe('fast distance', () => {
  it('is within 0.5% of the haversine at city and regional scale', () => {
    const pts = [
      [QUITO.lat, QUITO.lon, QUITO.lat + 0.05, QUITO.lon + 0.03],
      [QUITO.lat, QUITO.lon, GUAYAQUIL.lat, GUAYAQUIL.lon],
      [40.4, -3.7, 41.4, 2.17], // Madrid - Barcelona, ~500 km at 40 degrees north
    ];
    for (const [a, b, c, d] of pts) {
      const exact = haversineKm(a, b, c, d);
      const fast = fastDistanceKm(a, b, cosLatitude(a), c, d, cosLatitude(c));
      expect(Math.abs(fast - exact) / exact).toBeLessThan(0.005);
    }
  });
});
