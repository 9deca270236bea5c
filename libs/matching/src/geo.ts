/**
 * Commute estimate: great-circle distance x detour factor / speed of the person's best mode + overhead.
 * Coarse on purpose: profiles hold coarse locations and the gate only needs to tell 30 minutes from 2 hours.
 */
import type { TransportMode } from './model';

export const EARTH_RADIUS_KM = 6371;
/** Roads are not straight lines: 1.3 is the usual urban circuity factor. */
export const DETOUR_FACTOR = 1.3;
/** Fixed minutes for walking to a stop, waiting, parking. */
export const COMMUTE_OVERHEAD_MINUTES = 10;

/** Door-to-door speeds in km/h, urban averages. */
export const MODE_SPEED_KMH: Readonly<Record<TransportMode, number>> = Object.freeze({
  walk: 5,
  bicycle: 15,
  public_transport: 20,
  motorbike: 30,
  car: 35,
});

/** Bit per mode in the compiled person (Uint8). */
export const MODE_BIT: Readonly<Record<TransportMode, number>> = Object.freeze({
  walk: 1,
  bicycle: 2,
  public_transport: 4,
  motorbike: 8,
  car: 16,
});
export const MODE_BY_BIT: readonly TransportMode[] = ['walk', 'bicycle', 'public_transport', 'motorbike', 'car'];

const DEG = Math.PI / 180;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * DEG;
  const dLon = (lon2 - lon1) * DEG;
  const s = Math.sin(dLat / 2);
  const t = Math.sin(dLon / 2);
  const a = s * s + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * t * t;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Fast distance for the hot loop: equirectangular projection with the mean of the two precomputed
 * latitude cosines (no trigonometry per pair). Within 0.5% of the haversine up to a few hundred km,
 * which is far finer than the commute model itself; anything farther is gated anyway.
 */
export function fastDistanceKm(lat1: number, lon1: number, cos1: number, lat2: number, lon2: number, cos2: number): number {
  const x = (lon2 - lon1) * 0.5 * (cos1 + cos2);
  const y = lat2 - lat1;
  return EARTH_RADIUS_KM * DEG * Math.sqrt(x * x + y * y);
}

export const cosLatitude = (lat: number): number => Math.cos(lat * DEG);

/**
 * Best speed among the person's modes; public transport counts when the person has it, or when they can
 * use a transport allowance and the opportunity pays one. Nobody has "no mode": walking is the floor.
 */
export function bestSpeedKmh(modeMask: number, allowanceOpensPublicTransport: boolean): number {
  let mask = modeMask | MODE_BIT.walk;
  if (allowanceOpensPublicTransport) mask |= MODE_BIT.public_transport;
  if (mask & MODE_BIT.car) return MODE_SPEED_KMH.car;
  if (mask & MODE_BIT.motorbike) return MODE_SPEED_KMH.motorbike;
  if (mask & MODE_BIT.public_transport) return MODE_SPEED_KMH.public_transport;
  if (mask & MODE_BIT.bicycle) return MODE_SPEED_KMH.bicycle;
  return MODE_SPEED_KMH.walk;
}

/** The mode that gives `bestSpeedKmh`, for explanations. */
export function bestMode(modeMask: number, allowanceOpensPublicTransport: boolean): TransportMode {
  const speed = bestSpeedKmh(modeMask, allowanceOpensPublicTransport);
  return (Object.keys(MODE_SPEED_KMH) as TransportMode[]).find((m) => MODE_SPEED_KMH[m] === speed) ?? 'walk';
}

export function commuteMinutes(distanceKm: number, speedKmh: number): number {
  return (distanceKm * DETOUR_FACTOR * 60) / speedKmh + COMMUTE_OVERHEAD_MINUTES;
}

/** Straight-line radius (km) reachable within `maxMinutes` at `speedKmh`: the spatial prefilter's reach. */
export function reachKm(maxMinutes: number, speedKmh: number): number {
  const moving = maxMinutes - COMMUTE_OVERHEAD_MINUTES;
  return moving <= 0 ? 0 : (moving * speedKmh) / 60 / DETOUR_FACTOR;
}
